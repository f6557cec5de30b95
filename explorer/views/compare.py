"""The Compare view's table: attributes x chosen subjects, aligned, with gaps said out loud.

Real articles are uneven: subjects with different attribute sets, points with no attribute,
and "key differences" that belong to no single subject. :func:`compare` keeps all three:
cells (``NOT_COVERED`` where a subject says nothing about an attribute), per-subject lists of
unlabelled points, and the article's attribute-level differences.

A group the subjects share but fill with their own items ("Advantages > Personal Connection"
for one, "Advantages > Cost-Effectiveness" for the other) is one row, "Advantages", each item
under its own label in its subject's cell: row by row, each would be one subject's alone. An
item more than one subject gives keeps its own row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import pandas as pd

from explorer.model import Article, Claim
from explorer.parsing.entries import GROUP_SEPARATOR
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
    labels: tuple[str | None, ...] = ()
    """Each claim's own label within a group row ("Personal Connection" in "Advantages"),
    or None; empty when the row is the claims' own attribute."""

    @property
    def covered(self) -> bool:
        return bool(self.claims)

    def labelled(self) -> tuple[tuple[str | None, Claim], ...]:
        """(label, claim) pairs, the label None where the row names the claim's attribute."""
        labels = self.labels or (None,) * len(self.claims)
        return tuple(zip(labels, self.claims, strict=True))

    @property
    def text(self) -> str:
        if not self.claims:
            return NOT_COVERED
        return "\n\n".join(
            f"{label}: {c.text}" if label else c.text for label, c in self.labelled()
        )


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
    folded = _folded_items(picked)
    grouped: dict[tuple[str, str], list[tuple[str | None, Claim]]] = {}
    points: dict[str, list[Claim]] = {s: [] for s in chosen}
    for claim in picked:
        assert claim.subject is not None
        if claim.attribute:
            row, label = _row_of(claim.attribute, folded)
            grouped.setdefault((row, claim.subject), []).append((label, claim))
        else:
            points[claim.subject].append(claim)
    attributes = tuple(dict.fromkeys(row for row, _ in grouped))
    cells = {(a, s): _cell(grouped.get((a, s), [])) for a in attributes for s in chosen}
    return CompareTable(
        article=article,
        subjects=chosen,
        attributes=attributes,
        cells=cells,
        points={s: tuple(p) for s, p in points.items() if p},
        summary={s: comp.summary[s] for s in chosen if s in comp.summary},
        differences=comp.differences,
    )


def _folded_items(claims: list[Claim]) -> frozenset[str]:
    """The grouped attributes shown in their group's row: each given by one subject alone,
    in a group that two or more subjects give items under (an item two subjects give, such
    as "Advantages > Price", keeps a row of its own)."""
    by_item: dict[str, set[str | None]] = {}
    for c in claims:
        if c.attribute and GROUP_SEPARATOR in c.attribute:
            by_item.setdefault(c.attribute, set()).add(c.subject)
    by_group: dict[str, set[str | None]] = {}
    for item, said in by_item.items():
        by_group.setdefault(item.split(GROUP_SEPARATOR, 1)[0], set()).update(said)
    return frozenset(
        item
        for item, said in by_item.items()
        if len(said) == 1 and len(by_group[item.split(GROUP_SEPARATOR, 1)[0]]) > 1
    )


def _row_of(attribute: str, folded: frozenset[str]) -> tuple[str, str | None]:
    """The row a claim of ``attribute`` sits in, and its own label there (None: the row's)."""
    if attribute in folded:
        group, _, item = attribute.partition(GROUP_SEPARATOR)
        return group, item
    return attribute, None


def _cell(entries: list[tuple[str | None, Claim]]) -> Cell:
    labels = tuple(label for label, _ in entries)
    return Cell(tuple(c for _, c in entries), labels if any(labels) else ())


_NON_WORD = re.compile(r"[^\w]+")


def _normalise(text: str, subject: str) -> str:
    lowered = text.lower()
    for alias in sorted(aliases(subject), key=len, reverse=True):
        lowered = lowered.replace(alias.lower(), " ")
    return " ".join(_NON_WORD.sub(" ", lowered).split())
