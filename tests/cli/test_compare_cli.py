"""``python -m explorer compare``: the JSON contract, both views, subjects, and the exit codes."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from explorer.cli.main import main
from explorer.load import load_article
from explorer.views.compare import compare
from explorer.views.themes import themes_grid
from tests.support import ROOT, SEED, explorer_cli


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m explorer compare ARGS``."""
    return explorer_cli("compare", *args)


def as_json(*args: str) -> dict[str, Any]:
    out = io.StringIO()
    code = main(["compare", *args, "--json"], out)
    assert code == 0
    data: dict[str, Any] = json.loads(out.getvalue())
    return data


def test_json_contract_by_theme() -> None:
    result = run(SEED, "--by", "theme", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"by", "subjects", "rows"}
    assert data["by"] == "theme"
    assert data["subjects"] == ["Keras", "TensorFlow", "PyTorch"]
    for row in data["rows"]:
        assert set(row) == {"row", "cells"} and isinstance(row["row"], str)
        assert list(row["cells"]) == data["subjects"]
        for quotes in row["cells"].values():
            assert all(set(q) == {"text", "line"} for q in quotes)
            assert all(isinstance(q["text"], str) and isinstance(q["line"], int) for q in quotes)


def test_theme_rows_are_the_grid_in_display_order() -> None:
    data = as_json(SEED, "--by", "theme")
    grid = themes_grid(load_article(ROOT / SEED))
    assert [r["row"] for r in data["rows"]] == [r.label for r in grid.rows]
    research = next(r for r in data["rows"] if r["row"] == "Research and experimentation")
    assert research["cells"]["Keras"] == [] and research["cells"]["TensorFlow"] == []
    assert {
        "text": "This is particularly beneficial for research and experimentation.",
        "line": 16,
    } in (research["cells"]["PyTorch"])


def test_attribute_rows_are_compare_rows() -> None:
    data = as_json(SEED, "--by", "attribute")
    table = compare(load_article(ROOT / SEED))
    assert data["by"] == "attribute"
    assert [r["row"] for r in data["rows"]] == list(table.rows())
    first = data["rows"][0]
    assert first["row"] == "High-Level API"
    assert first["cells"]["TensorFlow"] == [] and first["cells"]["PyTorch"] == []
    assert first["cells"]["Keras"][0]["line"] == 4


@pytest.mark.parametrize(
    ("path", "by"),
    [(SEED, "theme"), ("data/articles/subnet-masks.md", "attribute")],
)
def test_without_by_the_page_default_is_used(path: str, by: str) -> None:
    assert as_json(path)["by"] == by


def test_subjects_pick_columns_by_any_alias_in_article_order() -> None:
    data = as_json(SEED, "--by", "theme", "--subject", "pytorch", "--subject", "Keras")
    assert data["subjects"] == ["Keras", "PyTorch"]
    assert all(list(r["cells"]) == ["Keras", "PyTorch"] for r in data["rows"])
    protocols = as_json("data/articles/file-protocols.md", "--subject", "FTP", "--subject", "NFS")
    assert protocols["subjects"] == ["FTP (File Transfer Protocol)", "NFS (Network File System)"]


def test_text_output_quotes_and_names_silence() -> None:
    result = run(SEED, "--by", "theme")
    assert result.returncode == 0, result.stderr
    assert 'PyTorch, line 16: "This is particularly beneficial for research' in result.stdout
    assert "Keras: The article says nothing about Research and experimentation for Keras." in (
        result.stdout
    )


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        pytest.param([SEED, "--subject", "JAX"], 2, "no subject 'JAX'", id="unknown-subject"),
        pytest.param([SEED, "--by", "column"], 2, "invalid choice", id="bad-by"),
        pytest.param(["data/articles/missing.md"], 1, "cannot read the file", id="missing-file"),
        pytest.param(
            [SEED, "--needs-file", "data/articles/missing.yaml"], 1, "needs file", id="bad-needs"
        ),
    ],
)
def test_exit_codes(args: list[str], code: int, message: str) -> None:
    result = run(*args, "--json")
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_a_broken_article_is_reported_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [unclosed\n---\nbody\n", encoding="utf-8")
    result = run(str(bad), "--json")
    assert result.returncode == 1
    assert f"{bad}:2:" in result.stderr and "close the [" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_group_row_quotes_carry_their_own_label(tmp_path: Path) -> None:
    path = tmp_path / "groups.md"
    path.write_text(
        "---\ntitle: How do Alpha and Beta differ?\n---\n"
        "### Alpha\n**Advantages:**\n- **Speed**: Alpha is fast.\n\n"
        "### Beta\n**Advantages:**\n- **Safety**: Beta is safe.\n",
        encoding="utf-8",
    )
    data = as_json(str(path), "--by", "attribute")
    assert data["rows"] == [
        {
            "row": "Advantages",
            "cells": {
                "Alpha": [{"text": "Alpha is fast.", "line": 3, "label": "Speed"}],
                "Beta": [{"text": "Beta is safe.", "line": 7, "label": "Safety"}],
            },
        }
    ]
    out = io.StringIO()
    assert main(["compare", str(path), "--by", "attribute"], out) == 0
    assert '  Alpha, line 3 (Speed): "Alpha is fast."' in out.getvalue()
