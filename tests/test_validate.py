"""``python -m explorer validate``: each problem as ``path:line: problem; fix``, exit 1 if any."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from explorer.checks.articles import check_article
from explorer.checks.problem import Problem
from explorer.checks.validate import validate_directory
from explorer.cli.main import main
from explorer.paths import DEFAULT_ARTICLES

SEED = DEFAULT_ARTICLES / "keras-tensorflow-pytorch.md"


def test_real_articles_are_valid() -> None:
    problems = [p for path in sorted(DEFAULT_ARTICLES.glob("*.md")) for p in check_article(path)]
    assert problems == []


def test_bad_article_and_bad_name(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(SEED, articles / "Bad_Name.md")
    (articles / "broken.md").write_text("---\ntitle: ok\nquestion: a: b\n---\n", encoding="utf-8")
    (articles / "no-title.md").write_text("---\nauthor: x\n---\nSome text.\n", encoding="utf-8")
    problems = [str(p) for p in validate_directory(tmp_path)]
    assert problems[0].startswith(f"{articles / 'Bad_Name.md'}: the file name 'Bad_Name'")
    assert problems[1].startswith(f"{articles / 'broken.md'}:3: the YAML front matter is invalid")
    assert problems[2].startswith(f"{articles / 'no-title.md'}:1: front matter has no `title`")
    assert len(problems) == 3

    out = io.StringIO()
    assert main(["validate", str(tmp_path)], out=out) == 1
    assert out.getvalue().splitlines()[-1] == "3 problem(s) found"


def test_missing_folder() -> None:
    assert [p.problem for p in validate_directory(Path("/no/such/folder"))] == [
        "the data folder does not exist"
    ]


def test_problem_format() -> None:
    assert str(Problem("a.md", 3, "bad", "fix it")) == "a.md:3: bad; fix it"
    assert str(Problem("a.md", None, "bad", "fix it")) == "a.md: bad; fix it"
