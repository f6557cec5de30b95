"""A folder of articles: every good one loads, every bad one becomes a message, order is kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from explorer.corpus import (
    article_paths,
    articles_folder,
    data_stamp,
    load_corpus,
    load_many,
)
from explorer.errors import ArticleError
from explorer.model import CLAIM_COLUMNS, Article, claims_frame
from explorer.paths import ARTICLES_ENV, DEFAULT_ARTICLES

SEED = DEFAULT_ARTICLES / "keras-tensorflow-pytorch.md"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copy(SEED, tmp_path / "b-seed.md")
    (tmp_path / "a-bad.md").write_text("---\ntitle: x\n", encoding="utf-8")
    (tmp_path / "c-body.txt").write_text(
        "---\ntitle: Alpha vs Beta\n---\n### Alpha\n- **Speed**: Fast.\n\n### Beta\n- **Speed**: Slow.\n",
        encoding="utf-8",
    )
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    return tmp_path


def test_article_paths_are_sorted_article_files(folder: Path) -> None:
    assert [p.name for p in article_paths(folder)] == ["a-bad.md", "b-seed.md", "c-body.txt"]
    assert article_paths(folder / "missing") == []


@pytest.mark.parametrize("workers", [1, 2])
def test_load_corpus_keeps_good_and_reports_bad(folder: Path, workers: int) -> None:
    corpus = load_corpus(folder, workers=workers)
    assert corpus.ids == ("b-seed", "c-body")
    assert [f.source for f in corpus.failures] == [str(folder / "a-bad.md")]
    assert "never closed" in corpus.failures[0].message
    seed = corpus.get("b-seed")
    assert seed is not None and seed.comparison.subjects == ("Keras", "TensorFlow", "PyTorch")
    assert corpus.get("nope") is None
    frame = claims_frame(corpus.articles)
    assert tuple(frame.columns) == CLAIM_COLUMNS
    assert set(frame["article"]) == {"b-seed", "c-body"}


def test_load_many_in_order_with_two_workers(folder: Path) -> None:
    paths = article_paths(folder) * 4
    results = load_many(paths, workers=2)
    kinds = [type(r) for r in results]
    assert kinds == [ArticleError, Article, Article] * 4
    assert [r.id for r in results if isinstance(r, Article)] == ["b-seed", "c-body"] * 4


def test_missing_folder_is_a_failure(tmp_path: Path) -> None:
    corpus = load_corpus(tmp_path / "missing")
    assert corpus.articles == ()
    assert ARTICLES_ENV in corpus.failures[0].message


def test_articles_folder_from_environment(tmp_path: Path) -> None:
    assert articles_folder({}) == DEFAULT_ARTICLES
    assert articles_folder({ARTICLES_ENV: "  "}) == DEFAULT_ARTICLES
    assert articles_folder({ARTICLES_ENV: str(tmp_path)}) == tmp_path


def test_data_stamp_changes_when_a_file_changes(folder: Path) -> None:
    before = data_stamp(folder)
    assert [name for name, _, _ in before] == ["a-bad.md", "b-seed.md", "c-body.txt"]
    (folder / "c-body.txt").write_text("changed and longer than before, surely", encoding="utf-8")
    assert data_stamp(folder) != before
