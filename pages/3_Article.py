"""Article: the cleaned article, its metadata and what the parser made of it."""

from pathlib import Path

import streamlit as st

from explorer.facts import annotate_article, note_markdown
from explorer.views.article import claim_at, reader_sections
from explorer.views.longtext import source_page
from explorer.views.markdown import literal_markdown, notice_markdown, safe_markdown
from explorer.views.reader_pages import reader_page
from ui.data import facts
from ui.page import guarded, setup
from ui.widgets import pick_article

with guarded("Article"):
    corpus = setup("Article")
    st.title("Article")

    article = pick_article(corpus, forget=("claim",))

    st.header(literal_markdown(article.title))
    if article.question != article.title:
        st.markdown(f"*{literal_markdown(article.question)}*")
    byline = [article.date or "undated", article.author, article.category]
    st.caption(literal_markdown(" · ".join(b for b in byline if b)))

    highlight = claim_at(article, st.query_params.get("claim"))
    if highlight.notice:
        st.info(notice_markdown(highlight.notice))
    if highlight.claim:
        claim = highlight.claim
        with st.container(border=True):
            where = " · ".join(p for p in (claim.subject, claim.attribute) if p)
            st.markdown(
                f"**Linked claim**, line {claim.line}"
                + (f": {literal_markdown(where)}" if where else "")
            )
            st.markdown(safe_markdown(claim.text))

    for warning in article.all_warnings:
        st.warning(notice_markdown(warning))

    notes = annotate_article(article, facts())
    reading, source, details = st.tabs(["Reading view", "Markdown source", "Details"])
    with reading:
        line = highlight.claim.line if highlight.claim else None
        shown = reader_page(reader_sections(article), line=line)
        if shown.window.pages > 1:  # a few hundred blocks at a time, as the source view
            pick = st.number_input("Reading page", 1, shown.window.pages, shown.window.page)
            shown = reader_page(reader_sections(article), pick)
            st.caption(shown.window.note("blocks"))
        for section in shown.sections:
            if section.heading:
                st.subheader(literal_markdown(section.heading))
            for block in section.blocks:
                if highlight.claim and block.line == highlight.claim.line:
                    with st.container(border=True):
                        st.caption("Linked claim")
                        st.markdown(safe_markdown(block.markdown))
                else:
                    st.markdown(safe_markdown(block.markdown))
                for fact in notes.get(block.claim, ()) if block.claim else ():
                    st.caption(note_markdown(fact, article_date=article.date))
    with source:
        st.caption(
            "The article's Markdown after repair; line numbers match the links from other views."
        )
        # Long files are paged and long lines cut (explorer/views/longtext.py): the browser would
        # otherwise lay out megabytes at once.
        view = source_page(article.markdown)
        if view.pages > 1:
            view = source_page(article.markdown, st.number_input("Source page", 1, view.pages))
        if view.note():
            st.caption(view.note())
        st.code(view.text, language="markdown", line_numbers=not view.numbered, wrap_lines=True)
    with details:
        # The file's name, not its path on the server.
        st.markdown(f"**File:** {literal_markdown(Path(article.source).name)}")
        if article.url:
            st.markdown(f"**Published at:** {literal_markdown(article.url)}")
        if article.source_id:
            st.markdown(f"**Source id:** {literal_markdown(str(article.source_id))}")
        if article.keywords:
            st.markdown("**Keywords:** " + literal_markdown(", ".join(article.keywords)))
        if article.related:
            st.markdown("**Related articles:**")
            for related in article.related:
                st.markdown(f"- {literal_markdown(related.title)}")
