"""Tables that lay out the subjects side by side (``| Feature | Relational | NoSQL |``)."""

from __future__ import annotations

from explorer.parsing.entries import row_lines
from explorer.parsing.inline import plain
from explorer.parsing.markdown import Table
from explorer.parsing.names import Namer
from explorer.parsing.state import NAMED, Entry, State

GRID_COLUMNS = 3
"""A table needs at least a label column and two subject columns to compare anything."""

_EMPTY_CELLS = frozenset({"-", "\u2014", "n/a"})


def is_grid(table: Table, name: str | None, names: Namer) -> bool:
    """A table of subjects by attributes: 3+ columns, and its header or first column names
    the subjects better than the section it sits in (a subject section's own table of
    operations stays that subject's)."""
    if len(table.header) < GRID_COLUMNS or not table.rows:
        return False
    header = [plain(h) for h in table.header[1:]]
    firsts = [plain(r[0]) for r in table.rows if r]
    score = max(names.mean_relevance(header), names.mean_relevance(firsts))
    own = names.relevance(name) if name else 0.0
    return score >= NAMED and score > own


def read_table(table: Table, section: str | None, state: State) -> None:
    """A table whose header names the subjects (or whose first column does): one claim a cell."""
    header = [plain(h) for h in table.header]
    rows = [(r, line) for r, line in zip(table.rows, row_lines(table), strict=True) if r]
    if len(header) < 2 or not rows:
        return
    columns, firsts = header[1:], [plain(r[0]) for r, _ in rows]
    by_rows = state.names.mean_relevance(firsts) > state.names.mean_relevance(columns)
    for row, line in rows:
        for j, cell in enumerate(row[1:], start=1):
            if j >= len(header) or not cell.strip() or cell.strip() in _EMPTY_CELLS:
                continue
            subject, attribute = (
                (plain(row[0]), header[j]) if by_rows else (header[j], plain(row[0]))
            )
            known = state.subject(subject, line)
            if known is not None:
                state.claim(known, attribute, Entry(None, cell, line), "attribute", section)
