"""Drawing one claim the same way everywhere: its text, its corrections, the line it came from.

Corrections go through :func:`ui.corrections.show_corrections`, the one look a correction has
on every page (badge, what is true now, sources behind a toggle), so a stale claim is never
shown without it. Names (subjects, attributes) come from the article and are shown as typed;
a subject's name links to its view across every article.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

import streamlit as st

from explorer.facts import Fact, corrections_for
from explorer.model import Article, Claim
from explorer.views.article import run_labels
from explorer.views.compare import CardRow
from explorer.views.longtext import GRID_CELLS, more_points_note, points_shown, window
from explorer.views.markdown import literal_markdown, safe_markdown
from ui.corrections import show_corrections
from ui.links import source_markdown, subject_markdown


def name_markdown(name: str, subjects: Collection[str]) -> str:
    """A row or column label: a link to the Subject view when it is a subject, else as typed."""
    return subject_markdown(name) if name in subjects else literal_markdown(name)


def show_claim(
    article: Article, claim: Claim, facts: tuple[Fact, ...], label: str | None = None
) -> None:
    """The claim's Markdown (after its own ``label`` in a group's row), each correction that
    applies to it, and a link to its line."""
    lead = f"**{literal_markdown(label)}**: " if label else ""
    st.markdown(lead + safe_markdown(claim.text))
    show_corrections(corrections_for(article, claim, facts), article.date)
    st.caption(source_markdown(article.id, claim.line))


def show_claims(article: Article, claims: Iterable[Claim], facts: tuple[Fact, ...]) -> None:
    for claim in claims:
        show_claim(article, claim, facts)


def show_card(
    article: Article, card: CardRow, facts: tuple[Fact, ...], subjects: Collection[str] = ()
) -> None:
    """One Compare row in a bordered card: its label, then its cells in columns, line by line.

    ``subjects`` are the names that link to the Subject view (row labels when transposed,
    column labels otherwise).
    """
    with st.container(border=True):
        st.markdown(f"**{name_markdown(card.label, subjects)}**")
        for line in card.lines:
            for column, (label, cell) in zip(st.columns(card.width), line, strict=False):
                with column:
                    st.caption(name_markdown(label, subjects))
                    if not cell.covered:
                        st.caption("*not covered*")
                    for label, claim in cell.labelled():
                        show_claim(article, claim, facts, label)


def show_points(
    article: Article, claims: tuple[Claim, ...], facts: tuple[Fact, ...], subjects: int
) -> None:
    """One subject's plain points, at most :func:`points_shown`, saying where the rest are."""
    shown = points_shown(subjects)
    show_claims(article, claims[:shown], facts)
    note = more_points_note(len(claims), shown)
    if note:
        st.caption(note)


def show_side_by_side(
    article: Article,
    lines: tuple[tuple[tuple[str, tuple[Claim, ...]], ...], ...],
    facts: tuple[Fact, ...],
) -> None:
    """Subjects' points in bordered columns, as many per line as the first line holds."""
    width = len(lines[0]) if lines else 1
    subjects = sum(len(line) for line in lines)
    for line in lines:
        for column, (subject, points) in zip(st.columns(width), line, strict=False):
            with column, st.container(border=True):
                st.markdown(f"**{subject_markdown(subject)}**")
                show_points(article, points, facts, subjects)


def show_cards(
    article: Article, cards: list[CardRow], facts: tuple[Fact, ...], subjects: Collection[str]
) -> None:
    """The Compare grid, a page of about :data:`GRID_CELLS` cells at a time.

    Each cell is several elements; thousands of them (a 60-subject table) would keep the
    browser busy for seconds, so long grids get a page picker and say what is left out.
    """
    per_row = max(1, sum(len(line) for line in cards[0].lines)) if cards else 1
    span = window(len(cards), 1, GRID_CELLS // per_row)
    if span.pages > 1:
        page = st.number_input("Rows page", 1, span.pages, key="rows_page")
        span = window(len(cards), int(page), GRID_CELLS // per_row)
        st.caption(f"{span.note('rows')} The plain table below holds every row.")
    for card in cards[span.start : span.end]:
        show_card(article, card, facts, subjects)


def show_differences(article: Article, claims: Sequence[Claim], facts: tuple[Fact, ...]) -> None:
    """The article's key differences (or points), each with its attribute (once for a run of
    claims under one), corrections and source line."""
    for claim, attribute in zip(claims, run_labels(claims), strict=True):
        label = f"**{literal_markdown(attribute)}**: " if attribute else ""
        st.markdown(label + safe_markdown(claim.text))
        show_corrections(corrections_for(article, claim, facts), article.date)
        st.caption(source_markdown(article.id, claim.line))
