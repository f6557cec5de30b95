"""The notice for URL values a page cannot use (see :mod:`ui.widgets` for reading them)."""

from __future__ import annotations

import streamlit as st

from explorer.views.markdown import notice_markdown
from explorer.views.urlstate import Cleaned, dropped_notice


def notify(param: str, cleaned: Cleaned, what: str) -> Cleaned:
    """Show one notice naming the values of ``?{param}=`` that were dropped; return ``cleaned``."""
    if cleaned.dropped:
        st.info(notice_markdown(dropped_notice(param, cleaned.dropped, what)))
    return cleaned
