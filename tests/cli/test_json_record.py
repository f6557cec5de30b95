"""``parse --json`` writes each record with orjson: the same values the standard encoder writes."""

from __future__ import annotations

import json

from explorer.cli.main import json_record


def test_a_record_reads_back_as_the_standard_encoder_writes_it() -> None:
    records = [
        {"title": 'Ärger \u2028 und "Zitate"', "line": 3, "ok": True, "error": None},
        {"subjects": ["C++", "C#"], "summary": {"\U0001f600": "emoji"}, "claims": []},
    ]
    for record in records:
        assert json.loads(json_record(record)) == json.loads(json.dumps(record, ensure_ascii=False))


def test_a_value_orjson_refuses_falls_back_to_the_standard_encoder() -> None:
    record = {"text": "lone \ud800 surrogate"}
    assert json_record(record) == json.dumps(record, ensure_ascii=False)
