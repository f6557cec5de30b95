"""The Article page's glue: the linked-claim box, the reading view, the source and the details.

Everything here shows text from the file: fields and headings as typed
(:func:`literal_markdown`), the article's own Markdown through :func:`safe_markdown`, and
every claim with its corrections in the one look (:func:`ui.corrections.show_corrections`),
so a stale sentence is never shown alone, not even in the box a link points at. Long
articles are paged (:mod:`explorer.views.longtext`): the browser lays out what it is sent
in one go, and a 1 MB line or thousands of blocks would keep the tab busy for seconds.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from explorer.facts import Fact
from explorer.model import Article, Claim
from explorer.views.article import ReaderSection
from explorer.views.longtext import source_page
from explorer.views.markdown import literal_markdown, safe_markdown
from explorer.views.reader_pages import reader_page
from ui.corrections import show_corrections


def linked_claim(article: Article, claim: Claim, notes: dict[Claim, tuple[Fact, ...]]) -> None:
    """The claim a link pointed at, where it sits in the article, and its corrections."""
    with st.container(border=True):
        where = [literal_markdown(claim.subject)] if claim.subject else []
        where += [literal_markdown(claim.attribute)] if claim.attribute else []
        st.markdown(
            f"**Linked claim**, line {claim.line}" + (f": {' · '.join(where)}" if where else "")
        )
        st.markdown(safe_markdown(claim.text))
        show_corrections(notes.get(claim, ()), article.date)


def reading_view(
    article: Article,
    sections: list[ReaderSection],
    notes: dict[Claim, tuple[Fact, ...]],
    highlighted: int | None,
) -> None:
    """``sections`` (the article in reading order), a few hundred blocks a page; the first
    page shown is the one holding the linked claim."""
    shown = reader_page(sections, line=highlighted)
    if shown.window.pages > 1:
        pick = st.number_input("Reading page", 1, shown.window.pages, shown.window.page)
        shown = reader_page(sections, int(pick))
        st.caption(shown.window.note("blocks"))
    for section in shown.sections:
        if section.heading:
            st.subheader(literal_markdown(section.heading))
        for block in section.blocks:
            if highlighted is not None and block.line == highlighted:
                with st.container(border=True):
                    st.caption("Linked claim")
                    st.markdown(safe_markdown(block.markdown))
            else:
                st.markdown(safe_markdown(block.markdown))
            if block.claim is not None:
                show_corrections(notes.get(block.claim, ()), article.date)


def source_view(article: Article) -> None:
    """The repaired Markdown with the file's line numbers, paged, long lines cut and named."""
    st.caption(
        "The article's Markdown after repair; line numbers match the links from other views."
    )
    view = source_page(article.markdown)
    if view.pages > 1:
        view = source_page(article.markdown, int(st.number_input("Source page", 1, view.pages)))
    if note := view.note():
        st.caption(note)
    st.code(view.text, language="markdown", line_numbers=not view.numbered, wrap_lines=True)


def details_view(article: Article) -> None:
    """The file and the front matter's metadata, each value as typed (never a live link)."""
    st.markdown(f"**File:** {literal_markdown(Path(article.source).name)}")  # not the server path
    if article.url:
        st.markdown(f"**Published at:** {literal_markdown(article.url)}")
    if article.source_id:
        st.markdown(f"**Source id:** {literal_markdown(str(article.source_id))}")
    if article.keywords:
        st.markdown("**Keywords:** " + literal_markdown(", ".join(article.keywords)))
    if article.related:
        st.markdown("**Related articles:**")
        st.markdown("\n".join(f"- {literal_markdown(r.title)}" for r in article.related))
