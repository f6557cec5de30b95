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


def test_empty_folder_says_where_to_add_articles(
    open_page: OpenPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXPLORER_ARTICLES", str(tmp_path))
    at = open_page()
    assert not at.exception
    assert any(str(tmp_path) in w.value for w in at.warning)
