"""The rows the sides of a comparison fill: what they say about merging a side's names.

Read attribute-major, a side's name in a row ("- **Interactive Processing**: ...") is only
how that row calls the side, and a row two sides fill compares them; a name whose rows name
another side is a misread section, not one of the side's groups. :mod:`.sides` merges a
side's names when these allow it.
"""

from __future__ import annotations

from typing import NamedTuple

from explorer.parsing.names import Matcher
from explorer.parsing.state import State, in_row


class Merge(NamedTuple):
    """Where a merged name goes: the side's subject, and the group the name now is."""

    main: str
    group: str | None = None
    """None: no group, the name was only another word for the side."""
    in_row: bool = False
    """The group is a part of the side inside each of its rows ("Types of RNA > mRNA"),
    not a group of the side's attributes ("Compounds > Melting Point")."""


Into = dict[str, Merge]
"""A merged name -> where it goes."""


def row_labels(state: State, side_of: dict[str, int]) -> tuple[set[str], set[str]]:
    """The names (each of the side ``side_of`` says) that only ever label a side's value in
    an attribute's row, and those of them whose every row names another side too (any side:
    one named once, "Main Campus", shares the rows of "Regional Campus" and "Regional
    Medical Campus (RMC)").

    Read attribute-major, each claim's section is its attribute ("1. **Response Time**:"
    over "- **Interactive Processing**: ..." and "- **Batch Processing**: ..."), so the name
    is just how that row calls the side ("Interactive Processing", "Interactive Systems",
    "Interactive" for "interactive user interfaces"), and a group made of it would split the
    rows apart."""
    rows: dict[str, set[int]] = {}
    only: dict[str, bool] = {}
    for c in state.claims:
        if c.subject in side_of:
            read_in_row = in_row(c)
            only[c.subject] = only.get(c.subject, True) and read_in_row
            if read_in_row:
                rows.setdefault(c.attribute or "", set()).add(side_of[c.subject])
    shared = {row for row, sides in rows.items() if len(sides) > 1}
    labels = {s for s, in_rows in only.items() if in_rows}
    unshared = {
        c.subject for c in state.claims if c.subject in labels and c.attribute not in shared
    }
    return labels, labels - unshared


def rows_of(state: State) -> dict[str, set[str]]:
    """Each subject's attributes read in an attribute's row (``1. **Types of RNA**:``)."""
    rows: dict[str, set[str]] = {}
    for c in state.claims:
        if c.subject and c.attribute and in_row(c):
            rows.setdefault(c.subject, set()).add(c.attribute)
    return rows


def _shared_rows(state: State, hits: dict[str, tuple[int, ...]]) -> set[str]:
    """Attributes two or more sides give values for: a row such as "Molecular vs. Ionic
    Structure" names a side because it compares them, not because it is misread."""
    sides: dict[str, set[int]] = {}
    for c in state.claims:
        if c.attribute and len(hits.get(c.subject or "", ())) == 1:
            sides.setdefault(c.attribute, set()).add(hits[c.subject or ""][0])
    return {attribute for attribute, those in sides.items() if len(those) > 1}


def misread(state: State, into: Into, hits: dict[str, tuple[int, ...]]) -> bool:
    """A name to merge whose attributes, half of them or more, name another side outside the
    rows the sides share: a misread section ("Function" holding "DNA: ..." and "RNA: ..."),
    not a side's group ("Key Characteristics of Iteration" has "Repetition" among three)."""
    anchors = state.names.anchors
    assert anchors is not None
    shared = _shared_rows(state, hits)
    rows: dict[str, set[str]] = {}
    naming: dict[str, set[str]] = {}
    for c in state.claims:
        if c.subject in into and c.subject in hits and c.attribute:
            rows.setdefault(c.subject, set()).add(c.attribute)
            if (
                _names_another(c.attribute, hits[c.subject][0], anchors)
                and c.attribute not in shared
            ):
                naming.setdefault(c.subject, set()).add(c.attribute)
    return any(2 * len(those) >= len(rows[s]) for s, those in naming.items())


def _names_another(attribute: str | None, side: int, anchors: Matcher) -> bool:
    return attribute is not None and any(i != side for i in anchors.which(attribute))
