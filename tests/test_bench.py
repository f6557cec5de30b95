"""The benchmark still runs: synthetic and --corpus modes, the CLI timing and the share split.

Only that it runs and says what it measured; speed targets are read from its output, never
asserted here (the machine is shared).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import parse_bench


def test_corpus_mode_on_the_seed_folder(capsys: pytest.CaptureFixture[str]) -> None:
    folder = ROOT / "data" / "articles"
    code = parse_bench.main(["--corpus", str(folder), "--repeat", "1", "--cli", "--share"])
    out = capsys.readouterr().out
    assert code == 0, out
    n = len(list(folder.rglob("*.md")))
    assert f"articles: {n}  (failed: 0" in out
    for phrase in ("ratio    project / floor", "ratio    cli / floor", "parse_comparison"):
        assert phrase in out


def test_synthetic_mode_and_an_empty_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert parse_bench.main(["12", "--repeat", "1", "--workers", "1"]) == 0
    assert "articles: 12  (failed: 0, under two subjects: 0)" in capsys.readouterr().out
    assert parse_bench.main(["--corpus", str(tmp_path)]) == 1
    assert "no *.md files" in capsys.readouterr().out
