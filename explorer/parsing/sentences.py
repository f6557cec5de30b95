"""Prose sentences by the compared name each is about.

An article whose structure does not carry the compared names ("**Analysis** involves ...",
"On the other hand, **reflection** ...") still says which sentence is about which: the one it
names, or the one the sentence before named ("They provide ..."), or the other one when it
turns ("Bacteria, on the other hand, ..."). A sentence naming several is cut at its contrast
("X uses DNA, while Y uses RNA"; "While X ..., Y ...") when each part then names one, and is
about the one its main clause opens with ("Unlike X, Y ..." is about Y); one that speaks of
them together ("Both X and Y ...", "Together, they ...") is about none of them alone; one that
goes on about the one before names the other only as what it is measured against ("They heal
faster than ligaments").
"""

from __future__ import annotations

import re

from explorer.parsing.names import Matcher
from explorer.parsing.summaries import SENTENCE_END
from explorer.parsing.words import capitalized


def split_by_mention(text: str, anchors: Matcher) -> tuple[dict[int, str], str]:
    """The sentences of ``text`` by the one compared name each is about, and the rest
    (sentences about several, or naming none with nothing before them)."""
    about: dict[int, list[str]] = {}
    other: list[str] = []
    for line in text.split("\n"):
        current: int | None = None
        for sentence in _clauses(line.strip().removeprefix("- "), anchors):
            if not sentence.strip():
                continue
            current = _about(sentence, anchors, current)
            if current is None:
                other.append(sentence)
            else:
                about.setdefault(current, []).append(sentence)
    return {i: " ".join(parts) for i, parts in about.items()}, " ".join(other)


def _about(sentence: str, anchors: Matcher, before: int | None) -> int | None:
    """The compared name ``sentence`` is about, ``before`` being the one the sentence before
    was about: the one it names, else ``before`` ("They provide ..."), or the other side when
    it turns ("Bacteria, on the other hand, ..."), or goes on about ("They are larger than
    X": X is what it is measured against); None when it is about several."""
    if _TOGETHER.match(sentence):  # "Both X and Y ...", "Together, they ...": about them all
        return None
    said = anchors.mentions(sentence)
    if (
        said
        and before is not None
        and before not in said
        and _BACK.match(sentence)
        and not anchors.mentions(_COMPARED_TO.sub("", sentence))
    ):
        return before  # "They ... larger than prokaryotic cells": still the one before
    if len(said) > 1:
        said = _main_subject(sentence, anchors) or said
    elif not said:
        if before is not None and len(anchors.names) == 2 and _TURN.search(sentence):
            return 1 - before  # "Viruses ... . Bacteria, on the other hand, ..."
        return before
    return said[0] if len(said) == 1 else None


def _main_subject(sentence: str, anchors: Matcher) -> tuple[int, ...]:
    """The names a sentence naming several opens its main clause with: "Objectives are steps
    toward goals" is about objectives, "Unlike bacteria, archaea have ..." about archaea."""
    head, comma, rest = sentence.partition(", ")
    if comma and _SET_AGAINST.match(head):
        left = anchors.mentions(head)
        return tuple(i for i in anchors.mentions(rest) if i not in left)
    return anchors.mentions(" ".join(sentence.split()[:2]))


# A sentence that goes on about the one before ("They ...") and what it measures that one
# against ("than X", "compared to X", "the same pattern as X").
_BACK = re.compile(r"(?:they|it|these|this|its|their)\b", re.IGNORECASE)
_COMPARED_TO = re.compile(
    r"\b(?:than|compared (?:to|with)|relative to|in comparison (?:to|with)|same\b[^,;]{0,40}?\bas|"
    r"unlike|(?:differs?|different|departure|distinct) from)\s+[^,;]*",
    re.IGNORECASE,
)
# A sentence that speaks of the compared names together, never of one alone.
_TOGETHER = re.compile(r"(?:both|neither|together)\b", re.IGNORECASE)
# An opening phrase that sets a name against the main clause's ("Unlike X, ...").
_SET_AGAINST = re.compile(
    r"(?:unlike|like|compared (?:to|with)|in contrast to|as opposed to)\b", re.IGNORECASE
)
# A sentence that turns to the other side of a two-way comparison without naming it.
_TURN = re.compile(
    r"\b(?:on the other hand|in contrast|by contrast|conversely)\b|^(?:unlike|whereas)\b",
    re.IGNORECASE,
)
_CONTRAST = re.compile(
    r"(?:,|;)\s+(?=(?:while|whereas|but|unlike|in contrast|on the other hand|conversely)\b)",
    re.IGNORECASE,
)
_WHILE = re.compile(r"(?:while|whereas)\s", re.IGNORECASE)
_PRONOUN = re.compile(r"(?:it|its|they|their|this|these|he|she|his|her)\b", re.IGNORECASE)


_CLAUSE_WORDS = 3
"""The fewest words a part of a sentence cut at its contrast has: a subject, a verb, more."""


def _clauses(text: str, anchors: Matcher) -> list[str]:
    """Sentences, and a sentence naming several compared names cut at its contrast ("X uses
    DNA, while Y uses RNA"), when each part then names one."""
    out: list[str] = []
    for sentence in SENTENCE_END.split(text):
        if len(anchors.mentions(sentence)) > 1:
            parts = _CONTRAST.split(sentence)
            # each part a clause of its own: "**Coding**, on the other hand, is ..." is one
            if len(parts) > 1 and all(
                len(p.split()) >= _CLAUSE_WORDS and len(anchors.mentions(p)) == 1 for p in parts
            ):
                out += [_ended(parts[0]), *(_ended(_own_clause(p)) for p in parts[1:])]
                continue
            if _WHILE.match(sentence) and (cut := _while_cut(sentence, anchors)):
                out += cut
                continue
        out.append(sentence)
    return out


def _while_cut(sentence: str, anchors: Matcher) -> list[str] | None:
    """ "While X ..., Y ..." as two clauses, when the part before a comma names one compared
    name and the part after opens with another ("While Sparta ..., its art ..." stays whole:
    the main clause is about Sparta still)."""
    at = sentence.find(", ")
    while at != -1:
        head, rest = sentence[:at], sentence[at + 2 :]
        first = anchors.mentions(head)
        if len(first) > 1 or _PRONOUN.match(rest):  # "..., it can also ...": the main clause
            return None
        opens = anchors.mentions(" ".join(rest.split()[:_CLAUSE_WORDS]))
        if len(first) == 1 and len(opens) == 1 and opens != first:
            # each clause opens with its own name ("While celebrity endorsements are common
            # in the fast-food industry, Taco Bell ..." names the other side only in passing)
            leads = anchors.mentions(" ".join(head.split()[1 : _CLAUSE_WORDS + 1]))
            if leads == first and len(rest.split()) >= _CLAUSE_WORDS:
                return [_ended(_own_clause(head)), _own_clause(rest)]
            return None
        at = sentence.find(", ", at + 2)
    return None


_JOINING = re.compile(r"^(?:while|whereas|but)\s+", re.IGNORECASE)


def _own_clause(part: str) -> str:
    """A clause cut from its sentence, as a sentence of its own: "while Athens embraced
    democracy" is "Athens embraced democracy" ("In contrast, ..." keeps its words)."""
    part = _JOINING.sub("", part)
    return capitalized(part)


def _ended(clause: str) -> str:
    """A clause cut from its sentence ends as one: the clauses of one side are joined
    ("Xenon offers higher thrust. It is ...", not "... thrust It is ...")."""
    clause = clause.rstrip()
    return clause if clause[-1:] in ".!?:;" else clause.rstrip(",") + "."
