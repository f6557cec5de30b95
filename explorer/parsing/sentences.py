"""Prose sentences by the compared name each is about.

An article whose structure does not carry the compared names ("**Analysis** involves ...",
"On the other hand, **reflection** ...") still says which sentence is about which: the one it
names, or the one the sentence before named ("They provide ..."), or the other one when it
turns ("Bacteria, on the other hand, ..."). A sentence naming several is cut at its contrast
("X uses DNA, while Y uses RNA") when each part then names one.
"""

from __future__ import annotations

import re

from explorer.parsing.names import Matcher
from explorer.parsing.summaries import SENTENCE_END


def split_by_mention(text: str, anchors: Matcher) -> tuple[dict[int, str], str]:
    """The sentences of ``text`` by the one compared name each is about (the one it names,
    or the one the sentence before named: "They provide ..."), and the rest (sentences
    naming several, or none with nothing before them)."""
    about: dict[int, list[str]] = {}
    other: list[str] = []
    for line in text.split("\n"):
        current: int | None = None
        for sentence in _clauses(line.strip().removeprefix("- "), anchors):
            if not sentence.strip():
                continue
            said = anchors.mentions(sentence)
            if len(said) > 1:  # "Objectives are steps toward goals": about what it opens with
                said = anchors.mentions(" ".join(sentence.split()[:2])) or said
            elif (
                not said
                and current is not None
                and len(anchors.names) == 2
                and _TURN.search(sentence)
            ):
                said = (1 - current,)  # "Viruses ... . Bacteria, on the other hand, ..."
            if len(said) == 1:
                current = said[0]
            elif said:
                current = None
            if current is None:
                other.append(sentence)
            else:
                about.setdefault(current, []).append(sentence)
    return {i: " ".join(parts) for i, parts in about.items()}, " ".join(other)


# A sentence that turns to the other side of a two-way comparison without naming it.
_TURN = re.compile(
    r"\b(?:on the other hand|in contrast|by contrast|conversely)\b|^(?:unlike|whereas)\b",
    re.IGNORECASE,
)
_CONTRAST = re.compile(
    r"(?:,|;)\s+(?=(?:while|whereas|but|unlike|in contrast|on the other hand|conversely)\b)",
    re.IGNORECASE,
)


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
                out += [parts[0], *map(_own_clause, parts[1:])]
                continue
        out.append(sentence)
    return out


_JOINING = re.compile(r"^(?:while|whereas|but)\s+", re.IGNORECASE)


def _own_clause(part: str) -> str:
    """A clause cut from its sentence, as a sentence of its own: "while Athens embraced
    democracy" is "Athens embraced democracy" ("In contrast, ..." keeps its words)."""
    part = _JOINING.sub("", part)
    return part[:1].upper() + part[1:]
