"""The one Streamlit renderer of corrections, for every place a claim appears.

Compare, Explore, Article, the Chooser's evidence and the Subject view all call
:func:`show_corrections`, so a correction looks and reads the same everywhere: a status badge
in words and theme colour, one sentence of what is true now at normal text size (a caption
wall lost to the stale claim above it), and the rest behind a details toggle. Article pages
and Compare call :func:`show_changes` for "what changed since this article".

Every string from the facts file or an article goes through ``literal_markdown``; no HTML.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

import streamlit as st

from explorer.facts import (
    STATUS_LOOKS,
    CorrectionBadge,
    Fact,
    article_changes,
    correction_badges,
)
from explorer.model import Article
from explorer.views.markdown import literal_markdown
from ui.links import EXPLORE

# A URL is written into a Markdown link destination; quoting ( ) < > and spaces keeps a URL
# that contains them from ending the link early. Everything else an https URL uses stays.
_URL_SAFE = ":/?#[]@!$&'*+,;=%~-._"


def _destination(url: str) -> str:
    return quote(url, safe=_URL_SAFE)


def _source_line(title: str, url: str, date: str | None) -> str:
    # The date first: at 390 px a date at the end of a long title wraps at its hyphens.
    return f"- {date or 'undated'} · [{literal_markdown(title)}]({_destination(url)})"


def details_label(badge: CorrectionBadge) -> str:
    """The toggle's label: what is behind it, so nobody has to open it to find out."""
    count = len(badge.sources)
    return f"Sources ({count}) and details · checked {badge.checked}"


def _show_badge(badge: CorrectionBadge) -> None:
    colour: Any = badge.colour  # one of Streamlit's badge colour names (STATUS_LOOKS)
    st.badge(badge.label, icon=badge.icon, color=colour)
    st.markdown(literal_markdown(badge.sentence))
    with st.expander(details_label(badge)):
        if badge.more:
            st.markdown(literal_markdown(badge.more))
        if badge.when:
            st.markdown(literal_markdown(f"{badge.when[0].upper()}{badge.when[1:]}."))
        st.markdown("\n".join(_source_line(*source) for source in badge.sources))
        st.markdown(literal_markdown(f"Checked {badge.checked} against these sources."))


def show_corrections(facts: Iterable[Fact], article_date: str | None) -> None:
    """The facts about one claim, each as badge, sentence and details toggle (nothing if none).

    ``article_date`` is the claim's article date, so the details can say whether the change
    came before or after the article was written.
    """
    for badge in correction_badges(facts, article_date):
        _show_badge(badge)


def show_changes(article: Article, facts: Iterable[Fact]) -> None:
    """The article's "what changed" sentence ("This article has 2 outdated and 4 clarified
    claims."), and per status a link to Explore showing exactly those claims
    (``?articles=<id>&corrected=<status>``)."""
    changes = article_changes(article, facts)
    st.markdown(literal_markdown(changes.sentence))
    for group in changes.present:
        _colour, icon = STATUS_LOOKS[group.status]
        st.page_link(
            EXPLORE,
            label=f"See the {group.phrase}",
            icon=icon,
            query_params=changes.explore_params(group.status),
        )
