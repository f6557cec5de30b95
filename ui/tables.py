"""How the Explore table is shown (column order, titles, widths, reader links) and exported."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from explorer.views.explore import export_columns, to_csv, to_markdown

CLAIM_COLUMNS = ("article", "subject", "attribute", "text", "source", "needs", "correction", "kind")
"""Shown in this order; the frame's other columns (line, correction ids, ...) stay hidden."""


def _column_config() -> dict[str, object]:
    column = st.column_config
    return {
        "article": column.TextColumn("Article", width=180, help="The article's id"),
        "subject": column.TextColumn("Subject", width=110),
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
    """``frame`` (rows of :func:`ui.data.claims`) as a sortable table, long claims wrapped."""
    st.dataframe(
        frame,
        hide_index=True,
        row_height=78,  # three lines: long claims wrap instead of running off the cell
        placeholder="",  # a point with no attribute, a difference with no subject
        column_order=list(CLAIM_COLUMNS),
        column_config=_column_config(),  # type: ignore[arg-type]
        key=key,
    )


def export_buttons(frame: pd.DataFrame, *, title: str) -> None:
    """CSV and Markdown downloads of ``frame``, generated only when clicked (no rerun)."""
    csv_column, markdown_column = st.columns(2)
    csv_column.download_button(
        "Download CSV",
        data=lambda: to_csv(frame),
        file_name="claims.csv",
        mime="text/csv",
        on_click="ignore",
        key="csv",
    )
    markdown_column.download_button(
        "Download Markdown",
        data=lambda: to_markdown(frame, title=title),
        file_name="claims.md",
        mime="text/markdown",
        on_click="ignore",
        key="markdown",
    )
    st.caption("Exports hold the " + ", ".join(export_columns(frame)) + " of the rows shown.")
