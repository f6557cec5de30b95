"""``python -m explorer choose``: the JSON contract, the text ranking, and the exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import SEED, choose


def test_json_shape() -> None:
    result = choose(SEED, "--need", "research", "--need", "beginner-friendly=0.5", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"ranking", "flip"}
    assert next(r["subject"] for r in data["ranking"]) == "PyTorch"
    for row in data["ranking"]:
        assert isinstance(row["subject"], str)
        assert isinstance(row["score"], int | float)
        for ev in row["evidence"]:
            assert isinstance(ev["need"], str) and isinstance(ev["text"], str)
    assert data["flip"] is None or isinstance(data["flip"], str)
    quoted = [e["text"] for e in data["ranking"][0]["evidence"]]
    assert (
        "PyTorch is preferred for research and experimentation due to its dynamic nature and "
        "user-friendly interface." in quoted
    )


def test_json_flip_is_a_sentence() -> None:
    result = choose(SEED, "--need", "beginner-friendly", "--need", "flexibility", "--json")
    data = json.loads(result.stdout)
    assert data["flip"] == (
        "PyTorch would rank first if 'Beginner-friendly' weighed 42 % instead of 50 %"
    )


def test_text_ranking() -> None:
    result = choose(SEED, "--need", "production-deployment", "--need", "mobile-embedded")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert any(line.startswith("1. TensorFlow:") for line in lines)
    assert "TensorFlow excels in production environments" in result.stdout
    assert "Sensitivity:" in result.stdout


@pytest.mark.parametrize(
    "need", ["resarch", "research=abc", "research=-1", "research=nan", "Research"]
)
def test_bad_need_exits_2_and_lists_the_known_ones(need: str) -> None:
    result = choose(SEED, "--need", need)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "known needs:" in result.stderr
    for known in ("beginner-friendly", "research", "production-deployment", "file-transfer"):
        assert known in result.stderr


def test_no_need_exits_2() -> None:
    result = choose(SEED)
    assert result.returncode == 2 and "--need" in result.stderr


def test_bad_article_path_exits_1() -> None:
    result = choose("data/articles/no-such-article.md", "--need", "research")
    assert result.returncode == 1
    assert "no-such-article.md" in result.stderr and "cannot read" in result.stderr


def test_bad_needs_file_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "needs.yaml"
    bad.write_text("needs: []\n", encoding="utf-8")
    result = choose(SEED, "--need", "research", "--needs-file", str(bad))
    assert result.returncode == 1 and "needs file" in result.stderr


def test_own_needs_file(tmp_path: Path) -> None:
    own = tmp_path / "needs.yaml"
    own.write_text(
        "needs:\n  - id: speedy\n    label: Speedy\n    description: Fast?\n"
        "    signals: [quick, rapid]\n",
        encoding="utf-8",
    )
    result = choose(SEED, "--need", "speedy", "--needs-file", str(own), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["ranking"][0]["subject"] == "Keras"


def _tf_mobile(data: dict[str, object]) -> dict[str, object]:
    rows = data["ranking"]
    assert isinstance(rows, list)
    tf = next(r for r in rows if r["subject"] == "TensorFlow")
    (mobile,) = [e for e in tf["evidence"] if e["need"] == "mobile-embedded"]
    assert isinstance(mobile, dict)
    return mobile


def test_must_have_json_marks_who_meets_it_and_carries_corrections() -> None:
    result = choose(SEED, "--need", "beginner-friendly=3", "--must", "mobile-embedded", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["must"] == ["mobile-embedded"]
    assert [(r["subject"], r["meets_must"]) for r in data["ranking"]] == [
        ("TensorFlow", True),
        ("Keras", False),
        ("PyTorch", False),
    ]
    assert data["ranking"][1]["missing_must"] == ["mobile-embedded"]
    assert data["shares"]["mobile-embedded"] == 50.0  # the must-have adds weight 3
    mobile = _tf_mobile(data)
    assert mobile["kind"] == "article"
    correction = mobile["correction"]
    assert isinstance(correction, dict) and set(correction) == {"status", "text", "as_of"}
    assert correction["status"] == "outdated" and correction["as_of"] == "2024-09-04"
    assert "LiteRT" in correction["text"]
    for row in data["ranking"]:
        for ev in row["evidence"]:
            assert ev["kind"] in {"article", "fact"}
            assert ev["correction"] is None or isinstance(ev["correction"], dict)


def test_must_alone_gives_the_weights_and_the_text_says_why() -> None:
    result = choose(SEED, "--must", "mobile-embedded")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Best fit: TensorFlow" in out
    assert "Keras and PyTorch have no evidence for the must-have 'Mobile and embedded'" in out
    assert "Outdated (as of 2024-09-04): TensorFlow Lite was renamed LiteRT" in out
    assert "Counts half." in out


def test_bad_must_exits_2() -> None:
    result = choose(SEED, "--need", "research", "--must", "mobile")
    assert result.returncode == 2 and "unknown need 'mobile'" in result.stderr
    assert "known needs:" in result.stderr


def test_bad_facts_file_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "facts.yaml"
    bad.write_text("- id: Bad\n", encoding="utf-8")
    result = choose(SEED, "--need", "research", "--facts-file", str(bad))
    assert result.returncode == 1 and "facts file" in result.stderr
