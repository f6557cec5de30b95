"""Home: the article list and the way into Compare for each."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pages.conftest import ROOT, OpenPage


def test_home_lists_every_article(open_page: OpenPage) -> None:
    at = open_page()
    assert not at.exception
    titles = [m.value for m in at.markdown if m.value.startswith("**How do Keras")]
    assert titles == [
        "**How do Keras, TensorFlow, and PyTorch differ in terms of functionality and use cases?**"
    ]
    n = len(list((ROOT / "data" / "articles").glob("*.md")))
    assert at.subheader[0].value == f"{n} articles"
    assert any(c.value == "2024-11-26 · Keras, TensorFlow, PyTorch · 12 claims" for c in at.caption)


def test_an_article_that_compares_nothing_offers_its_key_points(open_page: OpenPage) -> None:
    at = open_page()
    howto = "2024-12-22 · no separate subjects · 9 key points"  # no "0 claims"
    assert any(c.value == howto for c in at.caption)
    assert "1 claims" not in " ".join(c.value for c in at.caption)


def test_empty_folder_says_where_to_add_articles(
    open_page: OpenPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXPLORER_ARTICLES", str(tmp_path))
    at = open_page()
    assert not at.exception
    assert any(str(tmp_path) in w.value for w in at.warning)


def test_home_shows_the_featured_article_first_then_topics(open_page: OpenPage) -> None:
    from explorer.corpus import load_corpus
    from explorer.views.collections import home_list

    home = home_list(load_corpus(ROOT / "data" / "articles").articles)
    assert home.featured is not None
    at = open_page()
    assert not at.exception
    cards = [m.value for m in at.main.markdown if m.value.startswith(("Featured", "**"))]
    assert cards[0].startswith("Featured · **How do Keras")
    headings = [s.value for s in at.subheader][1:]
    assert headings == [g.title for g in home.groups]
    n = len(list((ROOT / "data" / "articles").glob("*.md")))
    assert sum(1 for c in cards if c.startswith("**")) == n  # each article once, in its topic


def test_a_failure_ends_home_with_a_plain_message(
    open_page: OpenPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    import explorer.views.collections
    from ui.page import failure_message

    def broken(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(explorer.views.collections, "home_list", broken)
    at = open_page()
    assert not at.exception
    assert [e.value for e in at.error] == [failure_message("Home", RecursionError())]
