"""The chooser's words, one wording for the CLI and the Chooser page.

How strong a sentence is, what a need is called, the headline (best fit, a tie, or why a
subject with a higher score ranks lower), ranks with ties, the sensitivity line, and how the
scoring counts: all plain text, for the page to show with ``literal_markdown``/``st.text``
and for ``explorer choose`` to print. Nothing here knows an article or a subject.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from explorer.choosing.evidence import CORRECTED_FACTOR, OUTDATED_FACTOR, Evidence
from explorer.choosing.questions import MUST_HAVE_WEIGHT
from explorer.choosing.ranking import FULL_SUPPORT, Ranking, SubjectScore
from explorer.choosing.tagging import Tagger

STRENGTH_WORDS: Mapping[str, str] = {
    "verdict": "the article's verdict",
    "summary": "the article's summary",
    "supporting": "supporting",
    "caveat": "a caveat, not counted",
}
"""How each strength of evidence is named wherever evidence is shown."""

FACT_STRENGTH_WORDS: Mapping[str, str] = {
    "verdict": "a sourced fact",
    "summary": "a sourced fact: it has this",
    "supporting": "a sourced fact: it has this in part",
    "caveat": "a sourced fact: deprecated or absent, not counted",
}
"""The same for evidence from the facts matrix, which is never the article's verdict or summary."""


def strength_words(ev: Evidence) -> str:
    """How strong this piece of evidence is, in words (facts named as facts)."""
    words = FACT_STRENGTH_WORDS if ev.kind == "fact" else STRENGTH_WORDS
    return words[ev.strength]


def _share(factor: float) -> str:
    return {0.0: "nothing", 0.5: "half", 1.0: "in full"}.get(factor, f"{factor:.0%}")


HOW_IT_COUNTS = (
    'A verdict sentence ("best for", "ideal for") counts 3 points, the article\'s summary 2, '
    f"any other sentence 1, a caveat 0; {FULL_SUPPORT:g} points meet a need in full. "
    f"A sentence a dated correction marks as outdated counts {_share(OUTDATED_FACTOR)}, "
    f"one marked as corrected (never accurate) counts {_share(CORRECTED_FACTOR)}. "
    f"A must-have adds weight {MUST_HAVE_WEIGHT:g} and is a requirement: a subject with no "
    "counted evidence for it ranks after every subject that has some."
)
"""The scoring rules in one paragraph, for the page's explanation and ``choose --help``."""


def need_labels(tagger: Tagger) -> dict[str, str]:
    """Need id -> label, for every need of the vocabulary."""
    return {n.id: n.label for n in tagger.needs}


def _label(labels: Mapping[str, str], need: str) -> str:
    return labels.get(need, need)


def _names(items: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


@dataclass(frozen=True)
class Headline:
    """The answer in one line, and the reason behind it when the ranking is not by score alone."""

    kind: Literal["best", "tie", "unmet", "none"]
    """``best`` one subject first; ``tie`` several; ``unmet`` no subject meets every
    must-have (ranked on the weights alone); ``none`` no evidence at all."""
    subjects: tuple[str, ...]
    text: str
    reason: str
    """Why subjects without a must-have rank lower ("" when the must-haves change nothing)."""


def ranking_headline(ranking: Ranking, labels: Mapping[str, str]) -> Headline:
    """The headline of a ranking: best fit or tie, with the must-have reason."""
    unmet = [s for s in ranking.ranked if not s.meets_must]
    reason = _must_reason(unmet, labels, some_meet=len(unmet) < len(ranking.ranked))
    if not ranking.top:
        text = "The article gives no evidence for any subject on these needs."
        return Headline("none", (), text, reason)
    first = ranking.ranked[0]
    score = f"({first.score:.0f} / 100)"
    if ranking.must and len(unmet) == len(ranking.ranked):
        musts = _names([f"'{_label(labels, n)}'" for n in ranking.must])
        text = f"No subject meets every must-have ({musts}); on the weights alone: "
        text += f"{_names(list(ranking.top))} {score}"
        return Headline("unmet", ranking.top, text, reason)
    if ranking.is_tie:
        return Headline(
            "tie", ranking.top, f"Tie for first: {_names(list(ranking.top))} {score}", reason
        )
    return Headline("best", ranking.top, f"Best fit: {first.subject} {score}", reason)


def _must_reason(
    unmet: Sequence[SubjectScore], labels: Mapping[str, str], *, some_meet: bool
) -> str:
    """The reason line: "A and B have no evidence for the must-have 'X', so they rank after ..."."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for s in unmet:
        groups.setdefault(s.missing_must, []).append(s.subject)
    parts = []
    for needs, subjects in groups.items():
        many = len(subjects) > 1
        what = "must-haves" if len(needs) > 1 else "must-have"
        parts.append(
            f"{_names(subjects)} {'have' if many else 'has'} no evidence for the {what} "
            + _names([f"'{_label(labels, n)}'" for n in needs])
        )
    if not parts:
        return ""
    after = ", so they rank after every subject that meets them" if some_meet else ""
    return "; ".join(parts) + after + "."


def rank_label(ranking: Ranking, scored: SubjectScore) -> str:
    """``"1"``, or ``"1 (tie)"`` when another subject shares the rank."""
    tied = sum(1 for s in ranking.ranked if s.rank == scored.rank) > 1
    return f"{scored.rank} (tie)" if tied else str(scored.rank)


def sensitivity_text(ranking: Ranking, labels: Mapping[str, str]) -> str:
    """The sensitivity check as a sentence."""
    if ranking.flip:
        return ranking.flip.describe(labels) + "."
    return "no single weight change would put another subject first."


def weights_text(ranking: Ranking, labels: Mapping[str, str], *, zero: bool = False) -> str:
    """``"Beginner-friendly 50 %, Research 50 %"`` (needs at 0 % only when ``zero``)."""
    return ", ".join(
        f"{_label(labels, n)} {100 * v:.0f} %" for n, v in ranking.shares.items() if zero or v > 0
    )


def correction_text(ev: Evidence) -> str:
    """``"Outdated (as of 2024-09): ... Counts half."``; "" when the evidence has none."""
    note = ev.correction
    if note is None:
        return ""
    when = f" (as of {note.as_of})" if note.as_of else ""
    counts = f" Counts {_share(note.factor)}." if note.factor < 1 else ""
    return f"{note.status.capitalize()}{when}: {note.text}{counts}"


def evidence_caption(ev: Evidence, labels: Mapping[str, str]) -> str:
    """The line under a quoted sentence: need, strength, where from, what matched."""
    if ev.kind == "fact":
        when = f", as of {ev.as_of}" if ev.as_of else ""
        where = f" · source: {ev.url}" if ev.url else ""
        return f"{_label(labels, ev.need)} · {strength_words(ev)}{when} · {ev.source}{where}"
    return (
        f"{_label(labels, ev.need)} · {strength_words(ev)} · "
        f"from {ev.source}, line {ev.line} · matched '{ev.phrase}'"
    )
