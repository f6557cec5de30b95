"""Loading a step at a time (explorer.staged) reads every file as loading it alone does."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import explorer.load
from explorer.errors import ArticleError
from explorer.load import load_article
from explorer.model import Article
from explorer.staged import load_articles
from tests.support import ROOT
from tests.test_load import ERRORS, GOOD_ANSWER, fm

SHIPPED = sorted((ROOT / "data" / "articles").glob("*.md"))


def one_at_a_time(paths: list[Path]) -> list[Article | str]:
    out: list[Article | str] = []
    for path in paths:
        try:
            out.append(load_article(path))
        except ArticleError as exc:
            out.append(str(exc))
    return out


def staged(paths: list[Path], batch: int) -> list[Article | str]:
    return [r if isinstance(r, Article) else str(r) for r in load_articles(paths, batch=batch)]


def mixed_folder(folder: Path) -> list[Path]:
    """Good articles with every bad kind of file between them (so each batch holds some)."""
    paths = []
    for number, (name, data, *_) in enumerate(ERRORS):
        good = folder / f"{number:02d}-good.md"
        good.write_text(fm("title: Alpha vs Beta"), encoding="utf-8")
        bad = folder / f"{number:02d}-{name}.md"
        bad.write_bytes(data)
        paths += [good, bad]
    shutil.copy(SHIPPED[0], folder / "seed.md")
    (folder / "dir.md").mkdir()
    paths += [folder / "seed.md", folder / "dir.md", folder / "missing.md"]
    if hasattr(os, "symlink"):
        (folder / "link.md").symlink_to(folder / "seed.md")
        paths.append(folder / "link.md")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.md")
        paths.append(folder / "pipe.md")
    return paths


@pytest.mark.parametrize("batch", [1, 2, 5, 256])
def test_every_file_reads_as_it_does_alone(tmp_path: Path, batch: int) -> None:
    paths = mixed_folder(tmp_path)
    expected = one_at_a_time(paths)
    assert staged(paths, batch) == expected
    assert sum(isinstance(r, str) for r in expected) >= len(ERRORS)  # the bad ones did fail


def test_the_shipped_articles_read_the_same() -> None:
    assert staged(SHIPPED, batch=7) == one_at_a_time(SHIPPED)


def test_a_parser_failure_costs_only_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = explorer.load.parse_comparison

    def explode(markdown: str, **kwargs: object) -> object:
        if "Boom" in markdown:
            raise RecursionError("maximum recursion depth exceeded")
        return real(markdown, **kwargs)

    monkeypatch.setattr(explorer.load, "parse_comparison", explode)
    for name in ("a", "c"):
        shutil.copy(SHIPPED[0], tmp_path / f"{name}.md")
    (tmp_path / "b.md").write_text(fm("title: Boom", answer="answer: Boom\n"), encoding="utf-8")
    results = list(load_articles(sorted(tmp_path.iterdir()), batch=3))
    assert [type(r) for r in results] == [Article, ArticleError, Article]
    assert "RecursionError" in str(results[1]) and str(results[1]).startswith(str(tmp_path))


@settings(max_examples=40, deadline=None)
@given(
    answers=st.lists(
        st.text(alphabet=st.sampled_from("ab #*-:\\n\n|`$"), max_size=60), min_size=1, max_size=6
    )
)
def test_any_answers_read_the_same(
    tmp_path_factory: pytest.TempPathFactory, answers: list[str]
) -> None:
    folder = tmp_path_factory.mktemp("staged")
    paths = []
    for number, answer in enumerate(answers):
        path = folder / f"{number}.md"
        body = GOOD_ANSWER if not answer.strip() else f"answer: {answer!r}\n"
        path.write_text(fm("title: Alpha vs Beta", answer=body), encoding="utf-8")
        paths.append(path)
    assert staged(paths, batch=2) == one_at_a_time(paths)
