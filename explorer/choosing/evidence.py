"""What one piece of chooser evidence is, how much it counts, and the correction it carries.

Evidence is a sentence of an article about one subject and one need (``kind="article"``), or
a sourced fact from outside the article (``kind="fact"``), kept apart so a reader always sees
whose words they are. A sentence that a fact in ``data/facts.yaml`` marks as stale carries
that correction, and counts less: an outdated sentence describes how things were, so it
counts :data:`OUTDATED_FACTOR` of its points; a corrected one was never accurate, so it
counts nothing. The report wording says so (:mod:`explorer.choosing.report`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from explorer.facts import Fact, phrase_pattern

Strength = Literal["verdict", "summary", "supporting", "caveat"]
STRENGTH_POINTS: dict[Strength, float] = {
    "verdict": 3.0,
    "summary": 2.0,
    "supporting": 1.0,
    "caveat": 0.0,
}
"""What one sentence adds to a subject's support for a need (see :mod:`explorer.choosing.ranking`)."""

EvidenceKind = Literal["article", "fact"]

OUTDATED_FACTOR = 0.5
"""Share of its points an outdated sentence still counts: it was true once, and often the
thing still exists under another name or in another project."""
CORRECTED_FACTOR = 0.0
"""A sentence that was never accurate as written is no evidence at all."""
CORRECTION_FACTORS: Mapping[str, float] = {
    "outdated": OUTDATED_FACTOR,
    "corrected": CORRECTED_FACTOR,
    "clarified": 1.0,
    "confirmed": 1.0,
}
"""Fact status -> share of the sentence's points that still count."""

_CLAUSE = re.compile(r"[^,;:]+")


@dataclass(frozen=True)
class Correction:
    """The correction a piece of evidence carries: the fact's status, what is true, and when."""

    status: str
    text: str
    as_of: str | None
    fact_id: str

    @classmethod
    def of(cls, fact: Fact) -> Correction:
        return cls(fact.status, fact.correction, fact.as_of, fact.id)

    @property
    def factor(self) -> float:
        return CORRECTION_FACTORS.get(self.status, 1.0)

    def as_json(self) -> dict[str, Any]:
        return {"status": self.status, "text": self.text, "as_of": self.as_of}


@dataclass(frozen=True)
class Evidence:
    """A sentence (or a sourced fact) that speaks to one need for one subject."""

    subject: str
    need: str
    text: str
    """The sentence, quoted as the article has it (or the fact's statement)."""
    phrase: str
    strength: Strength
    source: str
    """Where it came from: the attribute name, "summary", the section, or the fact's source."""
    line: int
    """The article line (0 for a fact, which has no line in the article)."""
    kind: EvidenceKind = "article"
    correction: Correction | None = None
    """The fact that marks this sentence as stale or unclear, if any."""
    url: str | None = None
    """For a fact: the source that says so."""
    as_of: str | None = None
    """For a fact: the date it holds as of."""

    @property
    def factor(self) -> float:
        """Share of the strength's points that count (1 unless a correction lowers it)."""
        return self.correction.factor if self.correction else 1.0

    @property
    def points(self) -> float:
        return STRENGTH_POINTS[self.strength] * self.factor


def _clause_of(sentence: str, start: int) -> tuple[int, int]:
    for m in _CLAUSE.finditer(sentence):
        if m.start() <= start < m.end():
            return m.start(), m.end()
    return 0, len(sentence)


def _clauses_of(fact: Fact, sentence: str) -> list[tuple[int, int]]:
    """The clauses of ``sentence`` that hold one of the fact's phrases."""
    return [
        _clause_of(sentence, m.start())
        for p in fact.match
        if (m := phrase_pattern(p).search(sentence))
    ]


def sentence_correction(
    sentence: str, phrase: str, others: Sequence[str], facts: Sequence[Fact]
) -> Correction | None:
    """The correction for the evidence that ``phrase`` shows in ``sentence``, if any.

    ``facts`` apply to the sentence's claim; ``others`` are the phrases of the other needs in
    the same sentence. A fact applies to this evidence when one of its phrases sits in the
    clause of ``phrase`` ("... and OldTool for mobile devices"); failing that, when it is in the
    sentence and in no clause of another need's phrase, so a fact about "OtherTool for
    visualization" does not mark the deployment evidence of the same sentence. The most severe
    correction (lowest factor, then file order) wins.
    """
    here = [f for f in facts if f.mentioned_in(sentence)]
    if not here:
        return None
    mine = _clause_of(sentence, max(sentence.find(phrase), 0))
    taken = {_clause_of(sentence, sentence.find(o)) for o in others if o and o in sentence}
    taken.discard(mine)
    direct = [f for f in here if mine in _clauses_of(f, sentence)]
    loose = [f for f in here if not set(_clauses_of(f, sentence)) & taken]
    chosen = direct or loose
    if not chosen:
        return None
    return Correction.of(min(chosen, key=lambda f: CORRECTION_FACTORS.get(f.status, 1.0)))
