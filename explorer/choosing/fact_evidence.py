"""Sourced facts as chooser evidence: a facts-matrix cell that speaks to a need, kept apart.

The facts matrix (``data/facts/<subject>.yaml``) holds what primary sources state about each
subject, dated. A cell whose words speak to a need ("Mobile and edge runtime: ...") is
evidence of ``kind="fact"`` for that subject: tagged with the same vocabulary as the
article's sentences, but never a verdict (it is not the article's opinion) and marked with
its source and date, so a reader always sees it is not the article's own words.

The matrix is read through the two small protocols below, so this module depends on the
shape of a fact, not on the module that loads the files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from explorer.choosing.evidence import Evidence, Strength
from explorer.choosing.tagging import Tagger

FACT_STRENGTH: Mapping[str, Strength] = {
    "yes": "summary",
    "partial": "supporting",
    "deprecated": "caveat",
    "no": "caveat",
}
"""Matrix status -> how the fact counts: a confirmed capability like a summary sentence (2),
a partial one like a supporting sentence (1); deprecated or absent is shown as a caveat (0).
``unknown`` and plain ``value`` cells are no evidence either way and are left out."""


class MatrixCell(Protocol):
    """What is read from one fact of the matrix."""

    @property
    def id(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def value(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def as_of(self) -> str: ...


class MatrixSubject(Protocol):
    """What is read from one subject file of the matrix."""

    @property
    def subject(self) -> str: ...
    @property
    def facts(self) -> Sequence[MatrixCell]: ...


def name_key(name: str) -> str:
    """How subject names are compared: case and punctuation aside ("Py-Torch" ~ "pytorch")."""
    return re.sub(r"[^a-z0-9]+", "", name.casefold())


def matrix_evidence(
    subjects: Iterable[MatrixSubject], article_subjects: Sequence[str], tagger: Tagger
) -> list[Evidence]:
    """Evidence of kind "fact" for the article's subjects that the matrix has files for.

    Each counted cell is read as ``"label: value"`` and tagged like a sentence; the strength
    comes from the cell's status (:data:`FACT_STRENGTH`), except that a need the words state
    as a weakness stays a caveat.
    """
    wanted = {name_key(s): s for s in article_subjects}
    found: list[Evidence] = []
    for row in subjects:
        subject = wanted.get(name_key(row.subject))
        if subject is None:
            continue
        for cell in row.facts:
            strength = FACT_STRENGTH.get(cell.status)
            if strength is None:
                continue
            text = f"{cell.label}: {cell.value}"
            for tag in tagger.tag(text):
                found.append(
                    Evidence(
                        subject,
                        tag.need,
                        text,
                        tag.phrase,
                        "caveat" if tag.strength == "caveat" else strength,
                        cell.label,
                        0,
                        kind="fact",
                        url=cell.source,
                        as_of=cell.as_of,
                    )
                )
    return found
