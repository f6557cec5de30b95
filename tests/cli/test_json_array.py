"""``parse --json`` writes its array with orjson: the same values the standard encoder writes."""

from __future__ import annotations

import json

from explorer.cli.main import json_array


def test_the_array_reads_back_as_the_standard_encoder_writes_it() -> None:
    records = [
        {"title": 'Ärger \u2028 und "Zitate"', "line": 3, "ok": True, "error": None},
        {"subjects": ["C++", "C#"], "summary": {"\U0001f600": "emoji"}, "claims": []},
    ]
    assert json.loads(json_array(records)) == json.loads(json.dumps(records, ensure_ascii=False))


def test_a_value_orjson_refuses_falls_back_to_the_standard_encoder() -> None:
    records = [{"text": "lone \ud800 surrogate"}]
    assert json_array(records) == json.dumps(records, ensure_ascii=False)
