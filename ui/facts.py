"""Streamlit glue for the facts matrix: the cached matrix, one row of cells, the plain table.

The matrix is re-read when any ``data/facts/*.yaml`` file changes (names, mtimes and sizes
are the cache key), as the corpus is, so an edited fact shows on the next interaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import streamlit as st

from explorer.facts import (
    DEFAULT_FACTS_DIR,
    FactRow,
    FactsMatrix,
    cell_markdown,
    fact_files,
    load_matrix,
    matrix_frame,
)
from explorer.views.markdown import literal_markdown, plain_text
from explorer.wording import counted
from ui.widgets import url_multiselect


def _stamp(folder: Path) -> tuple[tuple[str, int, int], ...]:
    if not folder.is_dir():
        return ()
    return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in fact_files(folder))


@st.cache_data(show_spinner=False, max_entries=2)
def _cached_matrix(folder: str, stamp: tuple[tuple[str, int, int], ...]) -> FactsMatrix:
    del stamp  # the cache key only
    return load_matrix(Path(folder))


def facts_matrix(folder: Path | None = None) -> FactsMatrix:
    """The matrix (``data/facts`` by default); file problems are shown collapsed, never raised."""
    folder = folder or DEFAULT_FACTS_DIR
    matrix = _cached_matrix(str(folder), _stamp(folder))
    if matrix.problems:
        with st.expander(
            f"{counted(len(matrix.problems), 'problem')} in the fact files", expanded=False
        ):
            for problem in matrix.problems:
                st.text(plain_text(str(problem)))
    return matrix


def draw_row(row: FactRow, subjects: Sequence[str]) -> None:
    """One fact: its label, then one column per subject. Each cell names its subject, so the
    row still reads when narrow screens stack the columns."""
    with st.container(border=True):
        st.markdown(f"**{literal_markdown(row.label)}**")
        for column, name in zip(st.columns(len(subjects)), subjects, strict=True):
            with column:
                st.caption(literal_markdown(name))
                st.markdown(cell_markdown(row.cells.get(name)))


def plain_table(rows: Sequence[FactRow], subjects: Sequence[str]) -> None:
    """The same facts as one plain table, to copy or download."""
    st.dataframe(
        matrix_frame(rows, subjects),
        hide_index=True,
        column_config={"source": st.column_config.LinkColumn("source")},
    )


def facts_block(article_subjects: Sequence[str], *, param: str = "also") -> None:
    """Compare's "Facts, as of DATE": the sourced facts for the article's subjects that have
    any, aligned as on the Facts page, plus subjects the article does not cover, offered as
    extra columns (``?also=`` in the URL). Draws nothing when no subject has facts."""
    matrix = facts_matrix()
    covered = list(
        dict.fromkeys(s.subject for n in article_subjects if (s := matrix.subject(n)) is not None)
    )
    if not covered:
        return
    st.subheader(literal_markdown(f"Facts, as of {matrix.checked}"))
    st.caption(
        "From primary sources, not from the article: each cell links its source and says "
        "when the value held."
    )
    others = [n for n in matrix.names if n not in covered]
    extra = (
        url_multiselect(
            "Add subjects the article does not cover",
            others,
            param=param,
            what="subject with facts",
            format_func=plain_text,
            help="Sourced facts only: the article says nothing about these.",
        )
        if others
        else []
    )
    columns = [*covered, *extra]
    for row in matrix.rows(columns):
        draw_row(row, columns)
