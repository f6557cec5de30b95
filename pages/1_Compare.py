"""Compare: an article's subjects side by side, one row per attribute."""

import streamlit as st

from explorer.views.charts import coverage_figure
from explorer.views.compare import compare
from explorer.views.markdown import literal_markdown, notice_markdown, plain_text, safe_markdown
from ui.claims import show_cards, show_differences, show_points, show_side_by_side
from ui.corrections import show_changes
from ui.data import facts
from ui.facts import facts_block
from ui.links import article_links, subject_markdown
from ui.page import guarded, setup
from ui.widgets import pick_article, url_multiselect, url_toggle

with guarded("Compare"):
    corpus = setup("Compare")
    st.title("Compare")

    article = pick_article(corpus, forget=("subjects", "also"))
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
    toggles = st.columns(2)
    with toggles[0]:
        transpose = url_toggle("Subjects as rows", param="transpose")
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

    cards = table.cards(transpose=transpose, only_differing=only_differing)
    if table.attributes and table.subjects and not cards:
        st.info("The chosen subjects say the same thing on every attribute.")
    show_cards(article, cards, known_facts, table.subjects)

    if table.points and not table.attributes:
        # No attribute rows at all: the subjects' points side by side are the comparison.
        st.subheader("Points")
        show_side_by_side(article, table.point_lines(), known_facts)
    elif table.points:
        st.subheader("Other points")
        for subject, points in table.points.items():
            with st.expander(
                f"{literal_markdown(subject)}: {len(points)} point(s) without an attribute"
            ):
                show_points(article, points, known_facts, len(table.points))

    if table.differences:
        st.subheader("Key differences")
        show_differences(article, table.differences, known_facts)
    facts_block(table.subjects)
    if table.attributes and table.subjects:
        st.subheader("Coverage")
        st.plotly_chart(coverage_figure(table.coverage()), theme="streamlit", key="coverage")
        st.caption(
            "Each cell counts the article's claims for that subject and attribute; 0 is not covered."
        )
    if table.attributes:
        with st.expander("Plain table (copy or sort)"):
            st.dataframe(table.frame(transpose=transpose, only_differing=only_differing))
