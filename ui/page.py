"""Page chrome shared by every view: config, navigation, the corpus's load problems, and one
plain message instead of a traceback when a page fails."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import streamlit as st

from explorer.corpus import Corpus
from explorer.views.markdown import plain_text
from explorer.wording import counted
from ui.data import corpus

APP_NAME = "Comparison Explorer"
ROOT = Path(__file__).resolve().parent.parent

# (script, label) in menu order. The sidebar menu is ours (client.showSidebarNavigation is off)
# so the entry page reads "Home" rather than its file name.
PAGES = (
    ("app.py", "Home"),
    ("pages/1_Compare.py", "Compare"),
    ("pages/2_Explore.py", "Explore"),
    ("pages/3_Article.py", "Article"),
    ("pages/4_Chooser.py", "Chooser"),
    ("pages/5_Facts.py", "Facts"),
    ("pages/6_Subject.py", "Subject"),
)


def setup(title: str) -> Corpus:
    """Configure the page, draw the menu, report unreadable articles; return the corpus."""
    st.set_page_config(page_title=f"{title} · {APP_NAME}", layout="wide")
    with st.sidebar:
        st.markdown(f"**{APP_NAME}**")
        for script, label in PAGES:
            if (ROOT / script).exists():
                st.page_link(script, label=label)
    data = corpus()
    if data.failures:
        with st.expander(
            f"{counted(len(data.failures), 'article file')} could not be loaded", expanded=False
        ):
            for failure in data.failures:
                st.text(plain_text(failure.message))
    return data


_LOG = logging.getLogger(__name__)

# What a visitor is told, by the kind of failure; the traceback goes to the server log only
# (``client.showErrorDetails = "none"`` keeps Streamlit from showing one too).
_IN_PLAIN_WORDS: tuple[tuple[type[BaseException], str], ...] = (
    (MemoryError, "an article is too large to show"),
    (RecursionError, "an article is nested too deeply to show"),
    (UnicodeError, "a file holds text that could not be read"),
    (OSError, "a file could not be read"),
)


def failure_message(page: str, exc: BaseException) -> str:
    """What failed, in plain words, and what the reader can still do."""
    what = next(
        (words for kind, words in _IN_PLAIN_WORDS if isinstance(exc, kind)),
        "something unexpected went wrong while drawing it",
    )
    return (
        f"The {page} page stopped here: {what}. The rest of the app still works: pick another "
        "article or open another page. The details are in the server's log."
    )


def _is_failure(exc: BaseException) -> bool:
    # st.stop() and st.rerun() are BaseExceptions and pass through; so does Ctrl-C. A panic in
    # a Rust extension (markdown-it-pyrs) is a BaseException too, but it is a failure.
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


@contextmanager
def guarded(page: str) -> Iterator[None]:
    """Run a page's body (``with guarded("Compare"):``); an unexpected error ends the page with
    :func:`failure_message` instead of a traceback, and is logged with its traceback."""
    try:
        yield
    except BaseException as exc:
        if not _is_failure(exc):
            raise
        _LOG.exception("The %s page failed", page)
        st.error(failure_message(page, exc))
