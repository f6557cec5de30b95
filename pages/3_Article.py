"""Article: the cleaned article, its metadata and what the parser made of it."""

import streamlit as st

from explorer.facts import annotate_article
from explorer.views.article import claim_at, reader_sections
from explorer.views.markdown import literal_markdown, notice_markdown
from ui.corrections import show_changes
from ui.data import facts
from ui.links import article_links
from ui.page import guarded, setup
from ui.reader import details_view, linked_claim, reading_view, source_view
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

    known_facts = facts()
    notes = annotate_article(article, known_facts)
    highlight = claim_at(article, st.query_params.get("claim"))
    if highlight.notice:
        st.info(notice_markdown(highlight.notice))
    if highlight.claim:
        linked_claim(article, highlight.claim, notes)

    for warning in article.all_warnings:
        st.warning(notice_markdown(warning))
    article_links(article, here="Article")
    show_changes(article, known_facts)

    reading, source, details = st.tabs(["Reading view", "Markdown source", "Details"])
    with reading:
        line = highlight.claim.line if highlight.claim else None
        reading_view(article, reader_sections(article), notes, line)
    with source:
        source_view(article)
    with details:
        details_view(article)
