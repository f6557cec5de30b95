"""Compare's attribute view drawn: the aligned cards, unlabelled points, coverage, plain table.

The Themes view is :mod:`ui.themes`; this is the other side of the "Article's attributes |
Themes" switch, kept here so the page stays one call per part. The table and every word in it
come from :mod:`explorer.views.compare`.
"""

from __future__ import annotations

import streamlit as st

from explorer.facts import Fact
from explorer.views.charts import coverage_figure
from explorer.views.compare import CompareTable
from explorer.views.markdown import literal_markdown
from explorer.wording import counted
from ui.claims import show_cards, show_points, show_side_by_side


def show_attributes(
    table: CompareTable, facts: tuple[Fact, ...], *, transpose: bool, only_differing: bool
) -> None:
    """The attribute grid of ``table`` (or its points side by side when it has no attributes)."""
    article = table.article
    cards = table.cards(transpose=transpose, only_differing=only_differing)
    if table.attributes and table.subjects and not cards:
        st.info("The chosen subjects say the same thing on every attribute.")
    show_cards(article, cards, facts, table.subjects)

    if table.points and not table.attributes:
        # No attribute rows at all: the subjects' points side by side are the comparison.
        st.subheader("Points")
        show_side_by_side(article, table.point_lines(), facts)
    elif table.points:
        st.subheader("Other points")
        for subject, points in table.points.items():
            label = (
                f"{literal_markdown(subject)}: {counted(len(points), 'point')} without an attribute"
            )
            with st.expander(label):
                show_points(article, points, facts, len(table.points))

    if table.attributes and table.subjects:
        st.subheader("Coverage")
        st.plotly_chart(coverage_figure(table.coverage()), theme="streamlit", key="coverage")
        st.caption(
            "Each cell counts the article's claims for that subject and attribute; 0 is not covered."
        )
    if table.attributes:
        with st.expander("Plain table (copy or sort)"):
            st.dataframe(table.frame(transpose=transpose, only_differing=only_differing))
