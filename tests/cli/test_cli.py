"""``python -m explorer parse``: one JSON array in path order, exit code 1 when any file failed."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "articles" / "keras-tensorflow-pytorch.md"
RECORD_KEYS = {
    "source", "ok", "error", "id", "source_id", "title", "question", "date", "subjects",
    "claims", "summary", "differences", "intro", "conclusion", "warnings",
}  # fmt: skip


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: ok\nquestion: a: b\n---\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("which", "expected_ok", "expected_code"),
    [
        (["good"], [True], 0),
        (["good", "good"], [True, True], 0),
        (["good", "bad"], [True, False], 1),
        (["bad", "good"], [False, True], 1),
        (["bad"], [False], 1),
    ],
)
def test_parse_json_is_one_array_in_order(
    bad: Path, which: list[str], expected_ok: list[bool], expected_code: int
) -> None:
    paths = [str(SEED) if w == "good" else str(bad) for w in which]
    code, out = run("parse", *paths, "--json")
    records = json.loads(out)  # the whole output is ONE JSON document
    assert code == expected_code
    assert [r["source"] for r in records] == paths
    assert [r["ok"] for r in records] == expected_ok
    for record in records:
        assert set(record) == RECORD_KEYS
        if record["ok"]:
            assert record["error"] is None
            assert record["subjects"] == ["Keras", "TensorFlow", "PyTorch"]
        else:
            assert record["error"].startswith(f"{bad}:3:12: the YAML front matter is invalid")
            assert record["subjects"] == [] and record["id"] == "bad"


def test_parse_text_output(bad: Path) -> None:
    code, out = run("parse", str(SEED), str(bad))
    assert code == 1
    assert f"{SEED}: How do Keras, TensorFlow, and PyTorch differ" in out
    assert "  - Keras: High-Level API, Multi-Backend Support, Rapid Prototyping, Limitations" in out
    assert f"error: {bad}:3:12:" in out


def test_module_entry_point_prints_one_array(bad: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "explorer", "parse", str(SEED), str(bad), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    records = json.loads(proc.stdout)
    assert [r["ok"] for r in records] == [True, False]
    assert "Here’s" in records[0]["intro"]  # UTF-8 out, not \u escapes


def test_parse_missing_file_is_a_record_not_a_crash(tmp_path: Path) -> None:
    missing = tmp_path / "missing.md"
    code, out = run("parse", str(missing), "--json")
    (record,) = json.loads(out)
    assert code == 1
    assert record["ok"] is False and "cannot read the file" in record["error"]


def test_parse_needs_a_path() -> None:
    with pytest.raises(SystemExit) as caught:
        run("parse")
    assert caught.value.code == 2


def test_parse_still_refuses_broken_yaml_in_the_related_blocks(tmp_path: Path) -> None:
    path = tmp_path / "broken-related.md"
    text = SEED.read_text(encoding="utf-8").replace(
        "\n---", "\nrelated_article1:\n    title: [unclosed\n---", 1
    )
    path.write_text(text, encoding="utf-8")
    code, out = run("parse", str(path), "--json")
    (record,) = json.loads(out)
    assert code == 1
    assert "the YAML front matter is invalid" in record["error"]
