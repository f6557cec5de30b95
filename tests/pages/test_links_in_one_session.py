"""In ONE session, the URL given to a page wins over what its widgets held before.

A browser session keeps widget state across page changes; these tests move through the pages
in one AppTest, as a reader following links does, and check each page shows what its URL
names (the browser version, with real clicks and back navigation, is
``tests/browser/test_cross_links.py``).
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from explorer.corpus import load_corpus
from explorer.paths import DEFAULT_ARTICLES
from explorer.views.collections import home_list
from tests.pages.conftest import ROOT

SEED = "keras-tensorflow-pytorch"
CORPUS = load_corpus(DEFAULT_ARTICLES)
# What a page without ?article= shows: the featured article (issue 11 item 5), so the walk
# below follows another article, one a stale state could not show by accident.
FIRST = home_list(CORPUS.articles).featured_id or CORPUS.ids[0]
ULA = "ula-link-local"


@pytest.fixture
def session() -> AppTest:
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()


def follow(at: AppTest, page: str, **params: str | list[str]) -> AppTest:
    """Open ``page`` with exactly ``params``, in the same session (a link or a menu entry)."""
    at.switch_page(page)
    at.query_params.clear()
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def test_article_link_wins_over_the_article_page_seen_before(session: AppTest) -> None:
    assert FIRST != ULA  # else a stale state and the link could not be told apart
    follow(session, "pages/3_Article.py")
    assert session.selectbox[0].value == FIRST
    follow(session, "pages/1_Compare.py", article=ULA)
    assert session.selectbox[0].value == ULA
    follow(session, "pages/3_Article.py", article=ULA)  # "Read the article"
    assert not session.exception
    assert session.selectbox[0].value == ULA
    ula = CORPUS.get(ULA)
    assert ula is not None and session.header[0].value.startswith(ula.title[:20])
    follow(session, "pages/4_Chooser.py", article=ULA)  # "Which one fits my use case?"
    assert session.selectbox(key="_url_article").value == ULA


def test_a_link_without_a_value_shows_the_default_not_the_last_one(session: AppTest) -> None:
    follow(session, "pages/4_Chooser.py", article=SEED, mode="weights", needs="research")
    assert session.radio(key="mode").value == "weights"
    follow(session, "pages/1_Compare.py", article=SEED, transpose="true")
    assert session.toggle(key="transpose").value is True
    follow(session, "pages/4_Chooser.py", article=SEED)
    assert session.radio(key="mode").value == "questions"
    follow(session, "pages/1_Compare.py", article=SEED)
    assert session.toggle(key="transpose").value is False
    assert session.multiselect[0].value == ["Keras", "TensorFlow", "PyTorch"]


def test_a_parameter_another_page_used_still_reaches_this_page(session: AppTest) -> None:
    follow(session, "pages/2_Explore.py", subjects="Keras", q="fast")
    assert session.multiselect(key="subjects").value == ["Keras"]
    follow(session, "pages/1_Compare.py", article=SEED, subjects=["Keras", "PyTorch"])
    assert session.multiselect[0].value == ["Keras", "PyTorch"]
    follow(session, "pages/2_Explore.py", subjects="PyTorch")
    assert session.multiselect(key="subjects").value == ["PyTorch"]
    assert session.text_input(key="q").value == ""


@pytest.mark.parametrize(
    ("page", "params", "widget", "shown", "url"),
    [
        ("pages/1_Compare.py", {"article": SEED, "subjects": ["Pytorch", " keras"]},
         ("multiselect", "_url_subjects"), ["PyTorch", "Keras"], ("subjects", ["PyTorch", "Keras"])),
        ("pages/1_Compare.py", {"article": "ULA-Link-Local"},
         ("selectbox", "_url_article"), ULA, ("article", ULA)),
        ("pages/2_Explore.py", {"needs": "Beginner Friendly"},
         ("multiselect", "_url_needs"), ["beginner-friendly"], ("needs", "beginner-friendly")),
        ("pages/2_Explore.py", {"subjects": "pytorch"},
         ("multiselect", "subjects"), ["PyTorch"], ("subjects", "PyTorch")),
        ("pages/4_Chooser.py", {"article": SEED, "mode": "weights", "needs": "RESEARCH"},
         ("multiselect", "_url_needs"), ["research"], ("needs", "research")),
    ],
)  # fmt: skip
def test_values_match_leniently_and_the_url_is_tidied(
    session: AppTest,
    page: str,
    params: dict[str, str | list[str]],
    widget: tuple[str, str],
    shown: object,
    url: tuple[str, object],
) -> None:
    follow(session, page, **params)
    assert not session.exception
    kind, key = widget
    assert getattr(session, kind)(key=key).value == shown
    assert not session.info  # nothing was ignored
    assert session.query_params.get(url[0]) == url[1]
