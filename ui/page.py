"""Page chrome shared by every view: config, navigation, and the corpus's load problems."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from explorer.corpus import Corpus
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
            f"{len(data.failures)} article file(s) could not be loaded", expanded=False
        ):
            for failure in data.failures:
                st.text(failure.message)
    return data
