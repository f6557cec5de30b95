"""Headings as rows: when the heading over subjects' points is the attribute they share.

``### Structure`` over ``1. **Neurons**:`` and ``2. **Glia**:`` is the row "Structure" when
the article reads its headings as aspects; ``### The protocols`` over ``### TCP`` and ``###
UDP`` only gathers them. Decided once every section is read, before the subjects settle.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from explorer.parsing.entries import GROUP_SEPARATOR, grouped
from explorer.parsing.outline import is_summary_name
from explorer.parsing.state import State, in_row


def headings_as_attributes(state: State, *, by_side: bool = True) -> None:
    """Subjects' unlabelled points under headings are those headings' rows when the article
    reads headings as attributes: some subject is under two or more of them, other
    sections were read attribute-major ("### 1. Structure of Genetic Material" over "-
    **Prokaryotic DNA**:" and its sub-bullets, then "### 2. Location of Genetic Material"
    over "- **Prokaryotic Cells**: ..."), or the one heading over the sides has aspects for
    siblings (:func:`_beside_aspect_rows`). Under one heading that holds every subject ("###
    The protocols") they otherwise stay plain points. Their labelled statements are then
    that row's group: ``### Structure`` over ``1. **Neurons**:`` over ``- **Dendrites**:
    ...`` is ``Structure > Dendrites``, in the row the other subjects' structure is in."""
    if not state.headings and not state.labelled_headings:
        return
    under: dict[str, set[str]] = {}
    # "Prokaryotic DNA", then "Prokaryotic Cells": one compared side under two rows (not for
    # a plain "X and Y", which these rows would then seem to confirm as compared)
    side = _side_of(state) if by_side else str
    for index, heading in (*state.headings.items(), *state.labelled_headings.items()):
        under.setdefault(side(state.claims[index].subject or ""), set()).add(heading)
    headings = {h for hs in under.values() for h in hs}
    if (
        all(len(h) < 2 for h in under.values())
        and not any(map(in_row, state.claims))
        and not (by_side and _beside_aspect_rows(state, headings))
    ):
        return
    for index, heading in state.headings.items():
        c = state.claims[index]
        state.claims[index] = replace(c, attribute=heading, kind="attribute", section=heading)
    for index, heading in state.labelled_headings.items():
        c = state.claims[index]
        attribute = c.attribute or heading  # a labelled claim always has one
        if not (attribute == heading or attribute.startswith(heading + GROUP_SEPARATOR)):
            state.claims[index] = replace(c, attribute=grouped(heading, attribute))


# A heading that gathers the sides rather than naming an aspect of them: "Types of Lethal
# Alleles", "Tonicity and Its Types", "Definitions and Differences", "Subnet Masks Overview".
_GATHERS = re.compile(
    r"\b(?:types?|kinds?|overview|differences|comparison|similarities|definitions?)\b",
    re.IGNORECASE,
)


def _beside_aspect_rows(state: State, headings: set[str]) -> bool:
    """The question named the sides, one heading holds them all, and a sibling heading was
    read as a subject that is no side (``### Political Dynamics`` over ``- **Party
    Representation**: rural ..., while urban ...``): those headings name aspects, so the one
    holding the sides is an aspect too ("### Representation and Advocacy"), not "### The
    protocols"."""
    anchors = state.names.anchors
    if anchors is None or state.labelled_headings or len(headings) != 1:
        return False
    if any(anchors.which(h) for h in headings):
        return False
    if any(_GATHERS.search(h) for h in headings):
        return False
    held = [anchors.which(state.claims[i].subject or "") for i in state.headings]
    if any(len(hit) != 1 for hit in held) or len(set(held)) < 2:
        return False  # under the heading: two or more of the sides, and nothing else
    return any(
        c.subject is not None
        and c.subject == c.section
        and c.subject not in headings
        and not anchors.which(c.subject)
        and not is_summary_name(c.subject)
        for c in state.claims
    )


def _side_of(state: State) -> Callable[[str], str]:
    """A subject's compared side (as a key), or the subject itself where none is one side."""
    anchors = state.names.anchors
    if anchors is None:
        return lambda subject: subject

    def side(subject: str) -> str:
        hit = anchors.which(subject)
        return f"side {hit[0]}" if len(hit) == 1 else subject

    return side
