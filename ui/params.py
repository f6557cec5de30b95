"""Reading URL parameters through :mod:`explorer.views.urlstate`, with a notice for what was dropped.

A notice quotes the link's own value, which anyone can write (``?article=![x](http://host/x.png)``),
so it is shown as typed (:func:`notice_markdown`): no image, link or shortcode in it works.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from explorer.views.markdown import notice_markdown
from explorer.views.urlstate import Cleaned, clean_choices, clean_flag, clean_text, dropped_notice


def _notify(key: str, cleaned: Cleaned, what: str) -> Cleaned:
    if cleaned.dropped:
        st.info(notice_markdown(dropped_notice(key, cleaned.dropped, what)))
    return cleaned


def url_choices(key: str, options: Sequence[str], *, what: str, multi: bool = False) -> Cleaned:
    """The URL's values for ``key`` that are among ``options``; a notice names the others."""
    return _notify(key, clean_choices(st.query_params.get_all(key), options, multi=multi), what)


def url_flag(key: str) -> Cleaned:
    return _notify(key, clean_flag(st.query_params.get_all(key)), "true/false value")


def url_text(key: str) -> Cleaned:
    return _notify(key, clean_text(st.query_params.get_all(key)), "search (it was cut short)")
