"""data/collections.yaml: checked like code, and Home's grouped list never loses an article."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from explorer.checks.collections import check_collections, load_collections
from explorer.checks.validate import validate_directory
from explorer.corpus import load_corpus
from explorer.errors import ArticleError
from explorer.load import parse_article_text
from explorer.model import Article
from explorer.paths import DEFAULT_ARTICLES, DEFAULT_COLLECTIONS
from explorer.views.collections import OTHER_TITLE, featured_first, group_articles, home_list

SEED = "keras-tensorflow-pytorch"
GOOD = """\
featured: a
collections:
  - id: first
    title: First topic
    articles: [a, b]
  - id: second
    title: Second topic
    articles:
      - c
"""


def folder(tmp_path: Path, text: str, ids: tuple[str, ...] = ("a", "b", "c")) -> Path:
    (tmp_path / "articles").mkdir()
    for article_id in ids:
        (tmp_path / "articles" / f"{article_id}.md").write_text("---\ntitle: x\n---\n")
    path = tmp_path / "collections.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_collections_are_valid_and_frameworks_lead() -> None:
    assert check_collections(DEFAULT_COLLECTIONS) == []
    found = load_collections(DEFAULT_COLLECTIONS)
    assert found.featured == SEED
    assert found.collections[0].articles[0] == SEED
    home = home_list(load_corpus(DEFAULT_ARTICLES).articles)
    assert home.featured is not None and home.featured.id == SEED
    assert home.groups[0].articles[0].id == SEED
    assert OTHER_TITLE not in [g.title for g in home.groups]  # every shipped article is listed


def test_a_good_file_has_no_problems(tmp_path: Path) -> None:
    assert check_collections(folder(tmp_path, GOOD)) == []


@pytest.mark.parametrize(
    ("text", "line", "problem", "fix"),
    [
        (
            GOOD.replace("[a, b]", "[a, b, zz]"),
            5,
            "no article file is called 'zz'",
            "use an article's file name without .md",
        ),
        (
            GOOD.replace("      - c", "      - c\n      - a"),
            10,
            "the article 'a' is already listed on line 5 (collection 'first')",
            "list each article in one collection only",
        ),
        (
            GOOD.replace("[a, b]", "[a, b, a]"),
            5,
            "the article 'a' is already listed on line 5 (collection 'first')",
            "list each article in one collection only",
        ),
        (
            GOOD.replace("[a, b]", "[a]"),
            2,
            "the article 'b' is in no collection",
            "add its id to the articles",
        ),
        (
            GOOD.replace("featured: a", "featured: q"),
            1,
            "the featured article 'q' is in no collection",
            "list it first",
        ),
        (
            GOOD.replace("id: second", "id: first"),
            6,
            "the collection id 'first' is already used on line 3",
            "give each collection its own id",
        ),
        (
            GOOD.replace("id: second", "id: Second_Topic"),
            6,
            "the collection id 'Second_Topic' is not kebab-case",
            "use lower-case words",
        ),
        (
            GOOD.replace("    title: First topic\n", ""),
            3,
            "collection #1 field 'title': Field required",
            "give each collection an id, a title",
        ),
        (
            GOOD.replace("title: Second topic", "title: Second topic\n    colour: red"),
            8,
            "collection #2 field 'colour': Extra inputs are not permitted",
            "give each collection an id, a title",
        ),
        (GOOD + "extra: 1\n", 10, "unknown key 'extra'", "write 'featured: ARTICLE-ID'"),
        (
            "featured: a\n",
            1,
            "'collections' is missing or not a non-empty list",
            "write 'featured: ARTICLE-ID'",
        ),
        ("- just\n- a list\n", 1, "the file is not a mapping", "write 'featured: ARTICLE-ID'"),
        ("featured: [a\n", 2, "not valid YAML", "fix the YAML syntax"),
    ],
)
def test_each_problem_names_its_line_and_a_fix(
    tmp_path: Path, text: str, line: int, problem: str, fix: str
) -> None:
    problems = check_collections(folder(tmp_path, text))
    assert [(p.line, p.problem[: len(problem)]) for p in problems] == [(line, problem)]
    assert problems[0].fix.startswith(fix)
    assert str(problems[0]).startswith(f"{tmp_path / 'collections.yaml'}:{line}: {problem}")


def test_validate_runs_the_check(tmp_path: Path) -> None:
    folder(tmp_path, GOOD.replace("[a, b]", "[a, b, zz]"))
    problems = validate_directory(tmp_path)
    assert [p.problem for p in problems if p.path.endswith("collections.yaml")] == [
        "no article file is called 'zz'"
    ]


def test_loading_a_broken_file_raises_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match=r"collections\.yaml:2: not valid YAML"):
        load_collections(folder(tmp_path, "featured: [a\n"))


def article(article_id: str) -> Article:
    return parse_article_text(f"---\ntitle: {article_id}\n---\nText.\n", article_id=article_id)


def test_grouping_keeps_every_article_and_skips_unknown_ids(tmp_path: Path) -> None:
    path = folder(tmp_path, GOOD.replace("[a, b]", "[a, b, gone]"))
    articles = [article(i) for i in ("c", "new", "b", "a")]
    home = group_articles(articles, load_collections(path))
    assert home.featured is not None and home.featured.id == "a"
    assert [(g.title, [a.id for a in g.articles]) for g in home.groups] == [
        ("First topic", ["a", "b"]),
        ("Second topic", ["c"]),
        (OTHER_TITLE, ["new"]),
    ]


def test_a_broken_or_missing_file_still_lists_every_article(tmp_path: Path) -> None:
    articles = [article(i) for i in ("a", "b")]
    missing = home_list(articles, tmp_path / "none.yaml")
    assert missing.problem is None and [len(g.articles) for g in missing.groups] == [2]
    broken = tmp_path / "collections.yaml"
    broken.write_text("featured: [a\n", encoding="utf-8")
    home = home_list(articles, broken)
    assert home.problem is not None and "not valid YAML" in home.problem
    assert [a.id for g in home.groups for a in g.articles] == ["a", "b"]


def test_featured_first_moves_only_the_featured_article() -> None:
    articles = [article(i) for i in ("a", "b", "c")]
    assert [a.id for a in featured_first(articles, "b")] == ["b", "a", "c"]
    assert [a.id for a in featured_first(articles, None)] == ["a", "b", "c"]


def test_a_copy_of_the_data_folder_validates(tmp_path: Path) -> None:
    shutil.copytree(DEFAULT_ARTICLES, tmp_path / "articles")
    shutil.copy(DEFAULT_COLLECTIONS, tmp_path / "collections.yaml")
    (tmp_path / "articles" / "extra-article.md").write_text("---\ntitle: x\n---\n")
    problems = [str(p) for p in validate_directory(tmp_path) if "collections" in p.path]
    line = DEFAULT_COLLECTIONS.read_text(encoding="utf-8").splitlines().index("collections:") + 1
    expected = (
        f"{tmp_path / 'collections.yaml'}:{line}: the article 'extra-article' is in no collection; "
        "add its id to the articles of the collection it belongs to"
    )
    assert problems == [expected]
