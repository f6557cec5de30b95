"""Compare: an article's subjects side by side, by the article's attributes or by themes."""

import streamlit as st

from explorer.views.article import points_heading
from explorer.views.compare import compare
from explorer.views.markdown import literal_markdown, notice_markdown, safe_markdown
from ui.claims import show_differences
from ui.compare import compare_controls, show_attributes
from ui.corrections import show_changes
from ui.data import facts
from ui.facts import facts_block
from ui.links import article_links, subject_markdown
from ui.page import guarded, setup
from ui.themes import show_themes
from ui.widgets import pick_article

with guarded("Compare"):
    corpus = setup("Compare")
    st.title("Compare")

    article = pick_article(corpus, forget=("subjects", "also", "by"))
    comp = article.comparison
    st.caption(literal_markdown(f"{article.question} · {article.date or 'undated'}"))
    controls = compare_controls(article)

    for warning in article.all_warnings:
        st.warning(notice_markdown(warning))
    article_links(article, here="Compare")
    known_facts = facts()
    show_changes(article, known_facts)

    table = compare(article, controls.subjects)
    if len(table.subjects) < 2 and comp.is_comparison:
        st.info("Choose at least two subjects to compare them side by side.")
    for subject, summary in table.summary.items():
        st.markdown(f"**{subject_markdown(subject)}** in one line: {safe_markdown(summary)}")

    differ = controls.only_differing
    if controls.view == "theme":
        show_themes(article, list(table.subjects), only_differing=differ, facts=known_facts)
    else:
        show_attributes(table, known_facts, transpose=controls.transpose, only_differing=differ)
    if table.differences:
        st.subheader(points_heading(article))
        show_differences(article, table.differences, known_facts)
    facts_block(table.subjects)
