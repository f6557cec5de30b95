"""Compare's Themes view drawn: the switch, the theme cards, the strength chart, the plain table.

The data and every word come from :mod:`explorer.views.themes`; this module only lays them out,
so the page stays one call per part. Quotes are article text: Markdown through
``safe_markdown``, never HTML.
"""

from __future__ import annotations

import streamlit as st

from explorer.facts import Fact, corrections_for
from explorer.model import Article
from explorer.views import VIEWS, View
from explorer.views.compare import in_lines, line_width
from explorer.views.markdown import literal_markdown, safe_markdown
from explorer.views.theme_charts import strength_figure
from explorer.views.themes import (
    STRENGTH_WORDS,
    VIEW_LABELS,
    ThemeCell,
    default_view,
    themes_grid,
)
from explorer.wording import counted
from ui.corrections import show_corrections
from ui.links import source_markdown, subject_markdown
from ui.widgets import url_radio


def pick_view(article: Article, subjects: list[str]) -> View:
    """The "Article's attributes | Themes" switch, ``?by=attribute|theme``; default by the data."""
    chosen = url_radio(
        "Line the subjects up by",
        VIEWS,
        param="by",
        what="view (attribute or theme)",
        default=default_view(article, subjects),
        format_func=lambda v: VIEW_LABELS.get(v, v),
        horizontal=True,
        help="Themes line the subjects up on the needs vocabulary the Chooser uses.",
    )
    return "theme" if chosen == "theme" else "attribute"


def _show_cell(article: Article, cell: ThemeCell, facts: tuple[Fact, ...]) -> None:
    st.caption(subject_markdown(cell.subject))
    if not cell.covered:
        st.caption(literal_markdown(cell.says_nothing or ""))
    for quote in cell.quotes:
        st.markdown(safe_markdown(quote.text))
        if quote.claim is not None:
            show_corrections(corrections_for(article, quote.claim, facts), article.date)
        st.caption(f"{STRENGTH_WORDS[quote.strength]} · {source_markdown(article.id, quote.line)}")


def show_themes(
    article: Article, subjects: list[str], *, only_differing: bool, facts: tuple[Fact, ...]
) -> None:
    """Theme cards (rows in display order), then the strength chart and a plain table."""
    grid = themes_grid(article, subjects)
    rows = grid.visible(only_differing=only_differing)
    if grid.rows and not rows:
        st.info("The chosen subjects stand the same way on every theme.")
    if not grid.rows:
        st.info("The article speaks to none of the themes for the chosen subjects.")
    width = line_width(len(grid.subjects))
    for row in rows:
        with st.container(border=True):
            st.markdown(f"**{literal_markdown(row.label)}**")
            for line in in_lines(row.cells, width):
                for column, cell in zip(st.columns(width), line, strict=False):
                    with column:
                        _show_cell(article, cell, facts)
    if grid.set_aside:
        with st.expander(
            f"{counted(len(grid.set_aside), 'sentence')} about another subject, counted for none"
        ):
            for aside in grid.set_aside:
                st.markdown(safe_markdown(aside.text))
                where = f"filed under {aside.filed_under}, about {aside.about}"
                st.caption(f"{literal_markdown(where)} · {source_markdown(article.id, aside.line)}")
    if grid.silent_themes:
        st.caption(literal_markdown("Not a word on: " + ", ".join(grid.silent_themes) + "."))
    if grid.rows:
        st.subheader("Evidence strength")
        st.plotly_chart(strength_figure(grid), theme="streamlit", key="strength")
        st.caption(
            "How fully the article backs each subject on each theme, on the Chooser's scale "
            "(a verdict 3 points, a summary 2, a mention 1, a caveat 0; 4 is full support)."
        )
        with st.expander("Plain table (copy or sort)"):
            st.dataframe(grid.frame(only_differing=only_differing))
