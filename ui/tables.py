"""How the Explore table is shown (column order, titles, widths, reader links) and exported."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

import pandas as pd
import streamlit as st

from explorer.facts import Fact
from explorer.views.explore import (
    ANY_CORRECTION,
    CORRECTED_CHOICES,
    SORTS,
    Filters,
    export_columns,
    export_frame,
    filter_choices,
    to_csv_bytes,
    to_markdown,
)
from explorer.views.markdown import plain_text
from ui.links import subject_link
from ui.widgets import url_multiselect, url_selectbox, url_text_input

CLAIM_COLUMNS = (
    "article",
    "subject_page",
    "attribute",
    "text",
    "source",
    "needs",
    "correction",
    "kind",
)
"""Shown in this order; the frame's other columns (line, correction ids, ...) stay hidden.
``subject_page`` shows the subject as a link to the Subject page; ``subject`` stays in the
frame for the filters."""


def _column_config() -> dict[str, object]:
    column = st.column_config
    return {
        "article": column.TextColumn("Article", width=180, help="The article's id"),
        "subject_page": column.LinkColumn(
            "Subject",
            display_text=r"name=([^&]*)",  # the subject, decoded from its own link
            width=110,
            help="Opens this subject across every article",
        ),
        "attribute": column.TextColumn("Attribute", width=120),
        "text": column.TextColumn("Claim", width=380),
        "source": column.LinkColumn(
            "Source",
            display_text=r"claim=(\d+)",
            width=70,
            help="Line in the article; opens the reader",
        ),
        "needs": column.TextColumn("Needs", help="Needs the claim supports"),
        "correction": column.TextColumn(
            "Correction", help="A dated, sourced note where the claim has gone stale"
        ),
        "kind": column.TextColumn("Kind", help="attribute, point, summary or difference"),
    }


def claims_table(frame: pd.DataFrame, *, key: str = "table") -> None:
    """``frame`` (rows of :func:`ui.data.claims`) as a sortable table, long claims wrapped.

    Needs stay ids here, the values the Needs filter and ``?needs=`` use; exports write labels.
    """
    linked = frame.assign(
        subject_page=frame["subject"].map(
            lambda s: subject_link(s) if isinstance(s, str) and s else None
        )
    )
    st.dataframe(
        linked,
        hide_index=True,
        row_height=78,  # three lines: long claims wrap instead of running off the cell
        placeholder="",  # a point with no attribute, a difference with no subject
        column_order=list(CLAIM_COLUMNS),
        column_config=_column_config(),  # type: ignore[arg-type]
        key=key,
    )


def export_buttons(
    frame: pd.DataFrame,
    *,
    title: str,
    facts: Iterable[Fact],
    labels: Mapping[str, str],
    article_dates: Mapping[str, str | None],
) -> None:
    """CSV (UTF-8 with BOM) and Markdown downloads of ``frame`` in its order, generated only
    when clicked (no rerun): one row per claim, corrections in their own columns."""
    facts = tuple(facts)

    def rows() -> pd.DataFrame:
        return export_frame(frame, facts, labels, article_dates)

    csv_column, markdown_column = st.columns(2)
    csv_column.download_button(
        "Download CSV",
        data=lambda: to_csv_bytes(rows()),
        file_name="claims.csv",
        mime="text/csv",
        on_click="ignore",
        key="csv",
    )
    markdown_column.download_button(
        "Download Markdown",
        data=lambda: to_markdown(rows(), title=title),
        file_name="claims.md",
        mime="text/markdown",
        on_click="ignore",
        key="markdown",
    )
    names = ", ".join(
        c.replace("_", " ") for c in export_columns(export_frame(frame.head(0), (), labels))
    )
    st.caption(
        f"Exports hold the {names} of the rows shown, in the order chosen in 'Sort by' "
        "(a click on a column header sorts the screen only)."
    )


def explore_filters(
    frame: pd.DataFrame,
    article_ids: list[str],
    titles: Mapping[str, str],
    labels: Mapping[str, str],
) -> tuple[Filters, str]:
    """Explore's search, filters and sort, every one in the URL; returns (filters, sort key).

    ``corrected`` takes ``any`` or a status word, as the "what changed" links of Compare and
    Article write it (``?articles=ID&corrected=outdated``).
    """
    choices = filter_choices(frame, list(labels))
    query = url_text_input(
        "Search subject, attribute and text",
        param="q",
        placeholder='e.g. scalab, "rapid prototyping", or LiteRT and outdated (corrections)',
    )
    first, second = st.columns(3), st.columns(3)
    with first[0]:
        articles = url_multiselect(
            "Articles",
            article_ids,
            param="articles",
            what="article",
            format_func=titles.__getitem__,
        )
    with first[1]:
        subjects = url_multiselect(
            "Subjects",
            choices.subjects,
            param="subjects",
            what="subject",
            key="subjects",
            format_func=plain_text,
        )
    with first[2]:
        attributes = url_multiselect(
            "Attributes",
            choices.attributes,
            param="attributes",
            what="attribute",
            key="attributes",
            format_func=plain_text,
        )
    with second[0]:
        needs = url_multiselect(
            "Needs",
            choices.needs,
            param="needs",
            what="need",
            format_func=lambda n: labels.get(n, n),
            help="Needs a claim supports, as the Chooser reads them.",
        )
    with second[1]:
        corrected = url_selectbox(
            "Corrected claims only",
            list(CORRECTED_CHOICES),
            param="corrected",
            what="correction status (or any)",
            format_func=_corrected_label,
        )
    with second[2]:
        sort = url_selectbox(
            "Sort by",
            list(SORTS),
            param="sort",
            what="column to sort by",
            format_func=lambda s: SORTS.get(s, s),
        )
    filters = Filters(tuple(articles), tuple(subjects), tuple(attributes), tuple(needs), query)
    return replace(filters, corrected=corrected), sort


def _corrected_label(value: str) -> str:
    if not value:
        return "All claims"
    return "Any correction" if value == ANY_CORRECTION else f"{value.capitalize()} claims"
