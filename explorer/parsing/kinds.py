"""Whether a question asks for the members of a set it does not name.

"What are the types of surrogacy?", "What imaging techniques are used ..., and how do they
differ?", "How do different imaging modalities compare?", "What are the different states of
matter?": the article's list items (or sections) are those members, where in "which is
better" they are points. A question that names the others as a group ("How does X differ
from other types of loans?") compares with them instead.
"""

from __future__ import annotations

import re

from explorer.parsing.words import tokens

_KINDS = re.compile(
    r"(?<!other\s)\b(?:types?|kinds?|categor(?:y|ies)|classes|varieties|forms)"
    r"\s+(?:and\s+[\w-]+\s+)?of\b(?!.*\b(?:from|than|to)\s+(?:the\s+)?other\b)|"
    r"\b(?:differ\w*|compare|vary)\s+(?:from\s+)?(?:each other|one another)\b|"
    r"\bhow\s+(?:do|does|did|can)\s+(?:they|these|those|the two|both|each)\s+"
    r"(?:\w+\s+)?(?:differ|compare|vary)\b(?!\s+(?:from|to|with)\b)|"
    r"\bdifferences?\s+between\s+(?:them|these|those|the two)\b|"
    r"\b(?:their|its)\s+(?:main\s+|different\s+)?(?:types|kinds|categories|classes)\b|"
    r"\bhow\s+(?:do|does|did)\s+(?:the\s+)?(?:different|various)\s+[^?,]{1,50}?\s+"
    r"(?:differ|compare|vary)\b|"
    r"^\s*(?:what|which)\s+(?:are|were)\s+(?:the\s+|some\s+(?:of\s+the\s+)?)?"
    r"(?:different|various)\s+(?!steps?\b)",  # "What are the different states of matter?"
    re.IGNORECASE,
)

_KINDS_HINTS = (
    "type", "kind", "categor", "class", "variet", "form", "other", "differ", "compar", "vary",
    "vario",
)  # fmt: skip
"""A piece of text each of :data:`_KINDS`'s branches holds: most questions hold none."""


def asks_kinds(text: str) -> bool:
    """:data:`_KINDS`, tried only when a word it needs is there (most questions have none)."""
    folded = text.casefold()
    return any(h in folded for h in _KINDS_HINTS) and bool(_KINDS.search(text))


_KINDS_OF = re.compile(
    r"(?<!other\s)\b(?:types|kinds|categories|classes|varieties|forms|"
    r"(?<!\bthe\s)(?:type|kind|category|class|variety|form))\s+"
    r"(?:and\s+(?:main\s+|key\s+)?[\w-]+\s+)?of\s+(?:the\s+)?",  # "types and uses of X"
    re.IGNORECASE,
)
"""A set's members asked for: "the types of X", "what type of X", not "the type of X" (one)."""


def kinds_named(text: str) -> list[tuple[str, ...]]:
    """The significant words that follow each "types of" in ``text``: "What are the types of
    criminal charges and how do they impact individuals?" names ("criminal", "charge", ...)."""
    return [tokens(text[m.end() : m.end() + 60]) for m in _KINDS_OF.finditer(text)]


def kinds_asked_around(text: str, names: list[str]) -> bool:
    """Whether a "types of X" opens before the end of the list of ``names`` in ``text`` and X
    is not that list: "What types of questions can enhance learning and encourage
    curiosity?" asks for question types, and "enhance learning and encourage curiosity" is
    what they do; "the sources and types of genetic variation" lists aspects. In "the types
    of direct and indirect taxes" the list is X itself, and in "the building blocks of DNA
    and RNA, and what are the types of pentose sugars" it comes first: both stay names."""
    folded = text.lower()
    start = folded.find(names[0].lower())
    last = folded.find(names[-1].lower(), max(start, 0))
    if start < 0 or last < 0 or "of" not in folded:
        return False
    end = last + len(names[-1])
    return any(m.end() != start for m in _KINDS_OF.finditer(text, 0, end))
