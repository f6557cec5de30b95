"""``python -m explorer validate``: each problem as ``path:line: problem; fix``, exit 1 if any."""

from __future__ import annotations

import io
import shutil
from collections import Counter
from pathlib import Path

import pytest

from explorer.checks.articles import check_article
from explorer.checks.problem import Problem
from explorer.checks.validate import Validation, validate_directory, validate_folder
from explorer.cli.main import main
from explorer.paths import DATA_DIR, DEFAULT_ARTICLES

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
    assert out.getvalue().splitlines()[-1] == "3 problems found"


def test_missing_folder() -> None:
    assert [p.problem for p in validate_directory(Path("/no/such/folder"))] == [
        "the data folder does not exist"
    ]


def test_problem_format() -> None:
    assert str(Problem("a.md", 3, "bad", "fix it")) == "a.md:3: bad; fix it"
    assert str(Problem("a.md", None, "bad", "fix it")) == "a.md: bad; fix it"


BROKEN_ARTICLES: list[tuple[str, str, str]] = [
    (
        "bad-yaml.md",
        "---\ntitle: ok\nquestion: a: b\n---\n",
        ":3: the YAML front matter is invalid",
    ),
    ("no-title.md", "---\nauthor: x\n---\nSome text.\n", ":1: front matter has no `title`"),
    ("Bad_Name.md", SEED.read_text(encoding="utf-8"), ": the file name 'Bad_Name'"),
    ("nested/unclosed.txt", "---\ntitle: [x\n---\nText.\n", ":2: "),
]


def test_any_folder_of_broken_articles_is_checked(tmp_path: Path) -> None:
    """Not only a folder named ``articles``: whatever folder it is given, at any depth."""
    folder = tmp_path / "class-notes"
    for name, text, _ in BROKEN_ARTICLES:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    shutil.copy(SEED, folder / "good.md")
    (folder / ".hidden.md").write_text("not an article", encoding="utf-8")
    result = validate_folder(folder)
    printed = [str(p) for p in result.problems]
    for name, _, expected in BROKEN_ARTICLES:
        assert any(p.startswith(f"{folder / name}{expected}") for p in printed), (name, printed)
    assert len(printed) == len(BROKEN_ARTICLES)
    assert result.summary() == "5 articles"

    out = io.StringIO()
    assert main(["validate", str(folder)], out=out) == 1
    assert out.getvalue().splitlines()[-2:] == ["checked 5 articles", "4 problems found"]


def test_the_shipped_data_says_what_it_checked() -> None:
    out = io.StringIO()
    assert main(["validate", str(DATA_DIR)], out=out) == 0
    articles = len(list(DEFAULT_ARTICLES.glob("*.md")))
    subjects = len(list((DATA_DIR / "facts").glob("*.yaml")))
    assert out.getvalue() == (
        f"{DATA_DIR}: all data files are valid ({articles} articles, 2 vocabularies, "
        f"1 facts file, 1 topic list, {subjects} subject facts files)\n"
    )


def test_a_folder_with_nothing_to_check_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (problem,) = validate_directory(tmp_path)
    assert problem.problem == "no article or data file to check here"
    assert main(["validate", str(tmp_path)], out=io.StringIO()) == 1


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"article": 1}, "1 article"),
        ({"article": 12, "vocabulary": 2}, "12 articles, 2 vocabularies"),
        ({"facts file": 2, "article": 3}, "3 articles, 2 facts files"),
    ],
)
def test_summary_wording(counts: dict[str, int], expected: str) -> None:
    assert Validation([], Counter(counts)).summary() == expected
