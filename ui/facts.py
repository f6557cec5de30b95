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
        with st.expander(f"{len(matrix.problems)} problem(s) in the fact files", expanded=False):
            for problem in matrix.problems:
                st.text(str(problem))
    return matrix


def draw_row(row: FactRow, subjects: Sequence[str]) -> None:
    """One fact: its label, then one column per subject. Each cell names its subject, so the
    row still reads when narrow screens stack the columns."""
    with st.container(border=True):
        st.markdown(f"**{row.label}**")
        for column, name in zip(st.columns(len(subjects)), subjects, strict=True):
            with column:
                st.caption(name)
                st.markdown(cell_markdown(row.cells.get(name)))


def plain_table(rows: Sequence[FactRow], subjects: Sequence[str]) -> None:
    """The same facts as one plain table, to copy or download."""
    st.dataframe(
        matrix_frame(rows, subjects),
        hide_index=True,
        column_config={"source": st.column_config.LinkColumn("source")},
    )
