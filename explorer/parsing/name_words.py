"""The words of compared names: how a name splits, and which words tell one side apart.

"Dijkstra's and Bellman-Ford algorithms" share the head noun "algorithms", so it names
neither; "For Loops" and "While Loops" differ only by a glue-like word, so glue is kept; a
word held only after a hyphen ("high-level") tells no side alone. :mod:`.anchors` matches
names by these words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from explorer.parsing.names import aliases, core_name, names_the_others
from explorer.parsing.near_names import Words
from explorer.parsing.words import STOPWORDS, WORD_PREFIXES, stem, words


def distinct(names: tuple[str, ...], split: Callable[[str], list[str]]) -> Words:
    own = [frozenset(t for a in aliases(n) for t in split(a)) for n in names]
    longest = max(range(len(names)), key=lambda i: len(split(core_name(names[i]))), default=0)
    head_words = split(core_name(names[longest])) if names else []
    if names and names_the_others(names[longest]):
        head_words = []  # "Json 11" and "other JSON libraries": Json 11 is not a library kind
    words = []
    for i, name in enumerate(names):
        core = core_name(name).strip()
        size = len(split(core))
        last = core.rsplit(None, 1)[-1].lower() if core else ""
        modifier = size < len(head_words) and (
            stem(last) == last or core.endswith(("'s", "’s", "s'"))  # "series" is no plural
        )
        # "relational and NoSQL databases", "Class A, Class B and Class C networks": the
        # shorter names share the head noun; "lists and tuples" are heads of their own. In
        # "descriptive, inferential, and exploratory data analysis" the shared head is the
        # longest name's words after the ones the shorter name stands in for.
        head = frozenset(head_words[max(size, len(head_words) - 2) :])
        words.append(own[i] | head if modifier and i != longest else own[i])
    apart = [
        w - frozenset().union(*(o for j, o in enumerate(words) if j != i))
        for i, w in enumerate(words)
    ]
    return [
        (w, (d - tails) or d)
        for w, d, tails in zip(
            words, apart, (_compound_tails(n, split) for n in names), strict=True
        )
    ]


_COMPOUND = re.compile(r"\w+(?:-\w+)+")


def _compound_tails(name: str, split: Callable[[str], list[str]]) -> frozenset[str]:
    """The words a compared name holds only after a hyphen: "level" of "high-level
    programming languages" tells no side alone ("Level of Abstraction" is an aspect both
    have); the word before it ("high") does."""
    if "-" not in name:
        return frozenset()
    tails = [part for m in _COMPOUND.finditer(name) for part in m.group().split("-")[1:]]
    rest = frozenset(split(_COMPOUND.sub(" ", name)))
    return frozenset(w for t in tails for w in split(t)) - rest


# The same prefixes as names', and in prose also "proto-" and "non" before a space ("non verbal").
_NON = re.compile(
    r"\b(?:(non)[-\s]+|("
    + "|".join(p for p in (*WORD_PREFIXES, "proto") if p != "non")
    + r")-)(?=[a-z])",
    re.IGNORECASE,
)
GLUE = frozenset({"an", "the", "and", "or", "of", "to", "in", "on", "vs", "versus"})


def _glued(m: re.Match[str]) -> str:
    """ "non-verbal" is one word, not "verbal"; so are "post-impressionism", "neo-Freudian"."""
    return m.group(1) or m.group(2)


def prose_words(text: str) -> list[str]:
    """A sentence's content words, "non-verbal" one word ("nonverbal"), apart from "verbal"."""
    return [w for w in split_words(text) if w not in STOPWORDS]


@lru_cache(maxsize=8192)
def name_words(text: str) -> list[str]:
    """A name's words with only glue words left out: "for" and "while" tell "For Loops"
    from "While Loops", and "A" tells "Class A" from "Class B"."""
    return [w for w in split_words(text) if w not in GLUE]


@lru_cache(maxsize=16384)
def split_words(text: str) -> tuple[str, ...]:
    """Stemmed lower-case words; an acronym is not stemmed ("HTTPS" is not "HTTP").

    Cached: a question's names and an article's names are split many times."""
    if "-" in text or "non" in text.casefold():  # what _NON can match; most sentences have neither
        text = _NON.sub(_glued, text)
    return words(text)
