"""The corpus, loaded once per process and reloaded when an article file changes."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

import pandas as pd
import streamlit as st

from explorer.choosing import Tagger, load_tagger
from explorer.corpus import Corpus, articles_folder, data_stamp, load_corpus
from explorer.errors import ArticleError
from explorer.facts import Fact, load_facts
from explorer.paths import DEFAULT_FACTS, DEFAULT_NEEDS
from explorer.views.explore import explore_table
from explorer.views.markdown import notice_markdown
from ui.links import with_reader_links


@st.cache_resource(show_spinner="Loading articles…", max_entries=4)
def _cached_corpus(folder: str, stamp: tuple[tuple[str, int, int], ...]) -> Corpus:
    # ``stamp`` is only the cache key: names, mtimes and sizes of the article files.
    # cache_resource, not cache_data: the Corpus is frozen, so every session can share one
    # object, where cache_data unpickled a copy on every rerun while holding the GIL (1 s
    # for 2,000 articles), which stalled the server's event loop and its health check.
    del stamp
    return load_corpus(Path(folder))


def corpus() -> Corpus:
    """Every article in the configured folder (``$EXPLORER_ARTICLES`` or ``data/articles``)."""
    folder = articles_folder()
    return _cached_corpus(str(folder), data_stamp(folder))


def _stamp(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _facts_stamp() -> int:
    return _stamp(DEFAULT_FACTS)


def tagger() -> Tagger | None:
    """The needs tagger (``data/needs.yaml``, recompiled when it changes); None if the file is
    broken, with a notice saying why."""
    try:
        return load_tagger()
    except ArticleError as exc:
        st.warning(notice_markdown(f"Needs are not shown: {exc}"))
        return None


@st.cache_data(show_spinner=False, max_entries=2)
def _cached_facts(stamp: int) -> tuple[tuple[Fact, ...], str | None]:
    del stamp  # the cache key: the facts file's modification time
    if not DEFAULT_FACTS.exists():
        return (), None
    try:
        return load_facts(DEFAULT_FACTS), None
    except ArticleError as exc:
        return (), str(exc)


def facts() -> tuple[Fact, ...]:
    """The dated corrections in ``data/facts.yaml``; a broken file is reported, not raised."""
    loaded, problem = _cached_facts(_facts_stamp())
    if problem:
        st.warning(notice_markdown(f"Corrections are not shown: {problem}"))
    return loaded


@st.cache_data(show_spinner=False, max_entries=4)
def _cached_claims(
    folder: str, stamp: tuple[tuple[str, int, int], ...], facts_stamp: int, needs_stamp: int
) -> pd.DataFrame:
    del needs_stamp  # part of the cache key: the tagger below recompiles when needs.yaml changes
    vocabulary = None
    with suppress(ArticleError):  # a broken needs.yaml: tagger() reports it on the page
        vocabulary = load_tagger()
    known, _ = _cached_facts(facts_stamp)
    table = explore_table(_cached_corpus(folder, stamp).articles, vocabulary, known)
    return with_reader_links(table)


def claims() -> pd.DataFrame:
    """Every claim of every article, one row each, with needs, corrections and a ``source``
    link to the reader: the Explore table."""
    folder = articles_folder()
    return _cached_claims(str(folder), data_stamp(folder), _facts_stamp(), _stamp(DEFAULT_NEEDS))
