"""The notice for URL values a page cannot use (see :mod:`ui.widgets` for reading them).

A notice quotes the link's own value, which anyone can write (``?article=![x](http://host/x.png)``),
so it is shown as typed (:func:`notice_markdown`): no image, link or shortcode in it works.
"""

from __future__ import annotations

import streamlit as st

from explorer.views.markdown import notice_markdown
from explorer.views.urlstate import Cleaned, dropped_notice


def notify(param: str, cleaned: Cleaned, what: str) -> Cleaned:
    """Show one notice naming the values of ``?{param}=`` that were dropped; return ``cleaned``."""
    if cleaned.dropped:
        st.info(notice_markdown(dropped_notice(param, cleaned.dropped, what)))
    return cleaned
