"""Compare's attribute view drawn: the aligned cards, unlabelled points, coverage, plain table.

The Themes view is :mod:`ui.themes`; this is the other side of the "Article's attributes |
Themes" switch, kept here so the page stays one call per part. The table and every word in it
come from :mod:`explorer.views.compare`.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from explorer.facts import Fact
from explorer.model import Article
from explorer.views import View
from explorer.views.charts import coverage_figure
from explorer.views.compare import CompareTable
from explorer.views.markdown import literal_markdown, plain_text
from explorer.wording import counted
from ui.claims import show_cards, show_points, show_side_by_side
from ui.themes import pick_view
from ui.widgets import url_multiselect, url_toggle


@dataclass(frozen=True)
class Controls:
    subjects: list[str]
    view: View = "attribute"
    transpose: bool = False
    only_differing: bool = False


def compare_controls(article: Article) -> Controls:
    """The subject picker, the attributes/themes switch and the two toggles, each bound to the
    URL; none for an article with no subjects (a how-to), where they would choose nothing."""
    comp = article.comparison
    if not comp.subjects:
        return Controls([])
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
    return Controls(chosen, view, transpose, only_differing)


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
