"""Drawing one claim the same way everywhere: its text, its corrections, the line it came from."""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from explorer.facts import Fact, corrections_for, note_markdown
from explorer.model import Article, Claim
from explorer.views.compare import CardRow
from explorer.views.markdown import safe_markdown
from ui.links import source_markdown


def show_claim(article: Article, claim: Claim, facts: tuple[Fact, ...]) -> None:
    """The claim's Markdown, each correction that applies to it, and a link to its line."""
    st.markdown(safe_markdown(claim.text))
    for fact in corrections_for(article, claim, facts):
        st.caption(note_markdown(fact, article_date=article.date))
    st.caption(source_markdown(article.id, claim.line))


def show_claims(article: Article, claims: Iterable[Claim], facts: tuple[Fact, ...]) -> None:
    for claim in claims:
        show_claim(article, claim, facts)


def show_card(article: Article, card: CardRow, facts: tuple[Fact, ...]) -> None:
    """One Compare row in a bordered card: its label, then its cells in columns, line by line."""
    with st.container(border=True):
        st.markdown(f"**{card.label}**")
        for line in card.lines:
            for column, (label, cell) in zip(st.columns(card.width), line, strict=False):
                with column:
                    st.caption(label)
                    if not cell.covered:
                        st.caption("*not covered*")
                    show_claims(article, cell.claims, facts)


def show_side_by_side(
    article: Article,
    lines: tuple[tuple[tuple[str, tuple[Claim, ...]], ...], ...],
    facts: tuple[Fact, ...],
) -> None:
    """Subjects' points in bordered columns, as many per line as the first line holds."""
    width = len(lines[0]) if lines else 1
    for line in lines:
        for column, (subject, points) in zip(st.columns(width), line, strict=False):
            with column, st.container(border=True):
                st.markdown(f"**{subject}**")
                show_claims(article, points, facts)
