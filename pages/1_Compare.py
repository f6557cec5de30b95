"""Compare: an article's subjects side by side, by the article's attributes or by themes."""

import streamlit as st

from explorer.views.article import points_heading
from explorer.views.compare import compare
from explorer.views.markdown import literal_markdown, notice_markdown, plain_text, safe_markdown
from ui.claims import show_differences
from ui.compare import show_attributes
from ui.corrections import show_changes
from ui.data import facts
from ui.facts import facts_block
from ui.links import article_links, subject_markdown
from ui.page import guarded, setup
from ui.themes import pick_view, show_themes
from ui.widgets import pick_article, url_multiselect, url_toggle

with guarded("Compare"):
    corpus = setup("Compare")
    st.title("Compare")

    article = pick_article(corpus, forget=("subjects", "also", "by"))
    comp = article.comparison
    st.caption(literal_markdown(f"{article.question} · {article.date or 'undated'}"))
    chosen = url_multiselect(
        "Subjects",
        comp.subjects,
        param="subjects",
        what="subject of this article",
        default=comp.subjects,
        format_func=plain_text,
        help="Pick two or more to compare; the default is every subject.",
    )
    view = pick_view(article, chosen)
    toggles = st.columns(2)
    with toggles[0]:
        transpose = url_toggle(
            "Subjects as rows",
            param="transpose",
            disabled=view != "attribute",
            help="In the article's attributes view; themes are always rows.",
        )
    with toggles[1]:
        only_differing = url_toggle("Only rows that differ", param="differ")

    for warning in article.all_warnings:
        st.warning(notice_markdown(warning))
    article_links(article, here="Compare")
    known_facts = facts()
    show_changes(article, known_facts)

    table = compare(article, chosen)
    if len(table.subjects) < 2 and comp.is_comparison:
        st.info("Choose at least two subjects to compare them side by side.")
    for subject, summary in table.summary.items():
        st.markdown(f"**{subject_markdown(subject)}** in one line: {safe_markdown(summary)}")

    if view == "theme":
        show_themes(article, list(table.subjects), only_differing=only_differing, facts=known_facts)
    else:
        show_attributes(table, known_facts, transpose=transpose, only_differing=only_differing)
    if table.differences:
        st.subheader(points_heading(article))
        show_differences(article, table.differences, known_facts)
    facts_block(table.subjects)
