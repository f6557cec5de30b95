"""The Compare view's table: attributes x chosen subjects, aligned, with gaps said out loud.

Real articles are uneven: subjects with different attribute sets, points with no attribute,
and "key differences" that belong to no single subject. :func:`compare` keeps all three:
cells (``NOT_COVERED`` where a subject says nothing about an attribute), per-subject lists of
unlabelled points, and the article's attribute-level differences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import pandas as pd

from explorer.model import Article, Claim
from explorer.parsing.names import aliases

NOT_COVERED = "not covered"
"""What a cell says when the subject's section says nothing about that attribute."""

SIDE_BY_SIDE = 5
"""Up to this many cells share one line; a wider row wraps into lines of :data:`WRAPPED`."""
WRAPPED = 4
"""Cells per line once a row wraps: four columns still leave a readable measure on a laptop."""

T = TypeVar("T")


def in_lines(items: Sequence[T], width: int) -> tuple[tuple[T, ...], ...]:
    """``items`` cut into lines of ``width`` (the last one may be shorter)."""
    return tuple(tuple(items[i : i + width]) for i in range(0, len(items), width))


def line_width(count: int) -> int:
    """How many of ``count`` cells share a line: all of them up to :data:`SIDE_BY_SIDE`."""
    return count if count <= SIDE_BY_SIDE else WRAPPED


@dataclass(frozen=True)
class CardRow:
    """One row of the Compare page: its label and its cells, already cut into lines."""

    label: str
    lines: tuple[tuple[tuple[str, Cell], ...], ...]
    """Lines of (column label, cell); every line but the last is :attr:`width` long."""
    width: int


@dataclass(frozen=True)
class Cell:
    """One subject's claims for one attribute (empty when the article does not cover it)."""

    claims: tuple[Claim, ...] = ()

    @property
    def covered(self) -> bool:
        return bool(self.claims)

    @property
    def text(self) -> str:
        return "\n\n".join(c.text for c in self.claims) if self.claims else NOT_COVERED


@dataclass(frozen=True)
class CompareTable:
    """The aligned comparison of some of an article's subjects."""

    article: Article
    subjects: tuple[str, ...]
    attributes: tuple[str, ...]
    cells: dict[tuple[str, str], Cell]
    """(attribute, subject) -> cell, for every attribute and chosen subject."""
    points: dict[str, tuple[Claim, ...]] = field(default_factory=dict)
    summary: dict[str, str] = field(default_factory=dict)
    differences: tuple[Claim, ...] = ()

    def cell(self, attribute: str, subject: str) -> Cell:
        return self.cells.get((attribute, subject), Cell())

    def differs(self, attribute: str) -> bool:
        """Whether the chosen subjects say different things about ``attribute``.

        A row is the same when every subject covers it with the same words once each
        subject's own name is set aside ("Keras is fast" = "PyTorch is fast"), or when
        none covers it.
        """
        seen = {
            _normalise(self.cell(attribute, s).text, s) if self.cell(attribute, s).covered else None
            for s in self.subjects
        }
        return len(seen) > 1

    def rows(self, *, only_differing: bool = False) -> tuple[str, ...]:
        return tuple(a for a in self.attributes if not only_differing or self.differs(a))

    def grid(
        self, *, transpose: bool = False, only_differing: bool = False
    ) -> list[tuple[str, list[tuple[str, Cell]]]]:
        """Rows of (row label, [(column label, cell)]): attributes down, or subjects down."""
        rows = self.rows(only_differing=only_differing)
        if transpose:
            return [(s, [(a, self.cell(a, s)) for a in rows]) for s in self.subjects]
        return [(a, [(s, self.cell(a, s)) for s in self.subjects]) for a in rows]

    def frame(self, *, transpose: bool = False, only_differing: bool = False) -> pd.DataFrame:
        """The table as plain text, for ``st.dataframe`` and for copying."""
        rows = self.rows(only_differing=only_differing)
        data = {s: [self.cell(a, s).text for a in rows] for s in self.subjects}
        table = pd.DataFrame(data, index=pd.Index(list(rows), name="Attribute"))
        if transpose:
            table = table.T
            table.index.name = "Subject"
        return table

    def cards(self, *, transpose: bool = False, only_differing: bool = False) -> list[CardRow]:
        """The grid as the page draws it: one card per row, its cells in lines (none without
        subjects: a row of no cells says nothing)."""
        if not self.subjects:
            return []
        rows = self.grid(transpose=transpose, only_differing=only_differing)
        width = line_width(len(rows[0][1])) if rows else WRAPPED
        return [CardRow(label, in_lines(cells, width), width) for label, cells in rows]

    def point_lines(self) -> tuple[tuple[tuple[str, tuple[Claim, ...]], ...], ...]:
        """Each subject's unlabelled points, subjects side by side in lines of :data:`WRAPPED`."""
        return in_lines(list(self.points.items()), WRAPPED)

    def coverage(self) -> pd.DataFrame:
        """Claims per (attribute, subject), 0 where not covered: the coverage chart's data."""
        return pd.DataFrame(
            [[len(self.cell(a, s).claims) for s in self.subjects] for a in self.attributes],
            index=pd.Index(list(self.attributes), name="Attribute"),
            columns=pd.Index(list(self.subjects), name="Subject"),
        )


def compare(article: Article, subjects: Sequence[str] | None = None) -> CompareTable:
    """The aligned table for ``subjects`` (default: all of the article's, in article order).

    Rows are the union of the chosen subjects' attributes, in the order the article first
    uses them; unknown names in ``subjects`` are ignored.
    """
    comp = article.comparison
    chosen = tuple(s for s in comp.subjects if subjects is None or s in set(subjects))
    picked = [c for c in comp.claims if c.subject in chosen]
    attributes = tuple(dict.fromkeys(c.attribute for c in picked if c.attribute))
    grouped: dict[tuple[str, str], list[Claim]] = {}
    points: dict[str, list[Claim]] = {s: [] for s in chosen}
    for claim in picked:
        assert claim.subject is not None
        if claim.attribute:
            grouped.setdefault((claim.attribute, claim.subject), []).append(claim)
        else:
            points[claim.subject].append(claim)
    cells = {(a, s): Cell(tuple(grouped.get((a, s), ()))) for a in attributes for s in chosen}
    return CompareTable(
        article=article,
        subjects=chosen,
        attributes=attributes,
        cells=cells,
        points={s: tuple(p) for s, p in points.items() if p},
        summary={s: comp.summary[s] for s in chosen if s in comp.summary},
        differences=comp.differences,
    )


_NON_WORD = re.compile(r"[^\w]+")


def _normalise(text: str, subject: str) -> str:
    lowered = text.lower()
    for alias in sorted(aliases(subject), key=len, reverse=True):
        lowered = lowered.replace(alias.lower(), " ")
    return " ".join(_NON_WORD.sub(" ", lowered).split())
