"""The corpus, loaded once per process and reloaded when an article file changes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from explorer.corpus import Corpus, articles_folder, data_stamp, load_corpus
from explorer.explore import explore_frame


@st.cache_data(show_spinner="Loading articles…", max_entries=4)
def _cached_corpus(folder: str, stamp: tuple[tuple[str, int, int], ...]) -> Corpus:
    # ``stamp`` is only the cache key: names, mtimes and sizes of the article files.
    del stamp
    return load_corpus(Path(folder))


def corpus() -> Corpus:
    """Every article in the configured folder (``$EXPLORER_ARTICLES`` or ``data/articles``)."""
    folder = articles_folder()
    return _cached_corpus(str(folder), data_stamp(folder))


@st.cache_data(show_spinner=False, max_entries=4)
def _cached_claims(folder: str, stamp: tuple[tuple[str, int, int], ...]) -> pd.DataFrame:
    return explore_frame(_cached_corpus(folder, stamp).articles)


def claims() -> pd.DataFrame:
    """Every claim of every article, one row each, for the Explore view."""
    folder = articles_folder()
    return _cached_claims(str(folder), data_stamp(folder))
