"""Compare: an article's subjects side by side, one row per attribute."""

import streamlit as st

from explorer.facts import corrections_for, note_markdown
from explorer.model import Claim
from explorer.views.charts import coverage_figure
from explorer.views.compare import compare
from explorer.views.longtext import GRID_CELLS, more_points_note, points_shown, window
from explorer.views.markdown import (
    literal_markdown,
    notice_markdown,
    plain_text,
    reader_link,
    safe_markdown,
)
from ui.data import facts
from ui.page import guarded, setup
from ui.params import url_flag
from ui.widgets import pick_article, url_multiselect

with guarded("Compare"):
    corpus = setup("Compare")
    st.title("Compare")

    article = pick_article(corpus, forget=("subjects",))
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
    url_flag("transpose")
    url_flag("differ")
    toggles = st.columns(2)
    transpose = toggles[0].toggle("Subjects as rows", key="transpose", bind="query-params")
    only_differing = toggles[1].toggle("Only rows that differ", key="differ", bind="query-params")

    for warning in article.all_warnings:
        st.warning(notice_markdown(warning))

    links = st.columns(2)
    links[0].page_link(
        "pages/3_Article.py", label="Read the article", query_params={"article": article.id}
    )
    if comp.is_comparison:
        links[1].page_link(
            "pages/4_Chooser.py",
            label="Which one fits my use case?",
            query_params={"article": article.id},
        )

    table = compare(article, chosen)
    known_facts = facts()
    if len(table.subjects) < 2 and comp.is_comparison:
        st.info("Choose at least two subjects to compare them side by side.")

    for subject, summary in table.summary.items():
        st.markdown(f"**{literal_markdown(subject)}** in one line: {safe_markdown(summary)}")

    rows = table.grid(transpose=transpose, only_differing=only_differing)
    if table.attributes and table.subjects:
        if not rows:
            st.info("The chosen subjects say the same thing on every attribute.")
        per_line = len(rows[0][1]) if rows and len(rows[0][1]) <= 5 else 4
        # A few hundred cells at a time: each is several elements (explorer/views/longtext.py).
        per_page = GRID_CELLS // max(1, len(rows[0][1]) if rows else 1)
        span = window(len(rows), 1, per_page)
        if span.pages > 1:
            span = window(len(rows), st.number_input("Rows page", 1, span.pages), per_page)
            st.caption(f"{span.note('rows')} The plain table below holds every row.")
        for row_label, cells in rows[span.start : span.end]:
            with st.container(border=True):
                st.markdown(f"**{literal_markdown(row_label)}**")
                for start in range(0, len(cells), per_line):
                    columns = st.columns(per_line)
                    for column, (col_label, cell) in zip(
                        columns, cells[start : start + per_line], strict=False
                    ):
                        with column:
                            st.caption(literal_markdown(col_label))
                            if not cell.covered:
                                st.caption("*not covered*")
                            for claim in cell.claims:
                                st.markdown(safe_markdown(claim.text))
                                for fact in corrections_for(article, claim, known_facts):
                                    st.caption(note_markdown(fact, article_date=article.date))
                                link = reader_link(article.id, claim.line)
                                st.caption(f"[source: line {claim.line}]({link})")

    def show_points(claims: tuple[Claim, ...]) -> None:
        shown = points_shown(len(table.points))  # a few hundred at most, as the grid
        for claim in claims[:shown]:
            st.markdown(safe_markdown(claim.text))
            for fact in corrections_for(article, claim, known_facts):
                st.caption(note_markdown(fact, article_date=article.date))
            st.caption(f"[source: line {claim.line}]({reader_link(article.id, claim.line)})")
        if note := more_points_note(len(claims), shown):
            st.caption(note)

    if table.points and not table.attributes:
        # No attribute rows at all (e.g. subjects with plain bullet points): the points side by
        # side are the comparison.
        st.subheader("Points")
        subjects = list(table.points.items())
        for start in range(0, len(subjects), 4):
            columns = st.columns(min(4, len(subjects)))
            for column, (subject, points) in zip(
                columns, subjects[start : start + 4], strict=False
            ):
                with column, st.container(border=True):
                    st.markdown(f"**{literal_markdown(subject)}**")
                    show_points(points)
    elif table.points:
        st.subheader("Other points")
        for subject, points in table.points.items():
            with st.expander(
                f"{literal_markdown(subject)}: {len(points)} point(s) without an attribute"
            ):
                show_points(points)

    if table.differences:
        st.subheader("Key differences")
        for claim in table.differences:
            label = f"**{literal_markdown(claim.attribute)}**: " if claim.attribute else ""
            st.markdown(label + safe_markdown(claim.text))

    if table.attributes and len(table.subjects) >= 1:
        st.subheader("Coverage")
        fig = coverage_figure(table.coverage())
        st.plotly_chart(fig, theme="streamlit", key="coverage")
        st.caption(
            "Each cell counts the article's claims for that subject and attribute; 0 is not covered."
        )

    if table.attributes:
        with st.expander("Plain table (copy or sort)"):
            st.dataframe(table.frame(transpose=transpose, only_differing=only_differing))
