"""Whether a question asks for the members of a set it does not name.

"What are the types of surrogacy?", "What imaging techniques are used ..., and how do they
differ?", "How do different imaging modalities compare?": the article's list items (or
sections) are those members, where in "which is better" they are points. A question that
names the others as a group ("How does X differ from other types of loans?") compares with
them instead.
"""

from __future__ import annotations

import re

_KINDS = re.compile(
    r"(?<!other\s)\b(?:types?|kinds?|categor(?:y|ies)|classes|varieties|forms)"
    r"\s+of\b(?!.*\b(?:from|than|to)\s+(?:the\s+)?other\b)|"
    r"\b(?:differ\w*|compare|vary)\s+(?:from\s+)?(?:each other|one another)\b|"
    r"\bhow\s+(?:do|does|did|can)\s+(?:they|these|those|the two|both|each)\s+"
    r"(?:\w+\s+)?(?:differ|compare|vary)\b(?!\s+(?:from|to|with)\b)|"
    r"\bdifferences?\s+between\s+(?:them|these|those|the two)\b|"
    r"\bhow\s+(?:do|does|did)\s+(?:the\s+)?(?:different|various)\s+[^?,]{1,50}?\s+"
    r"(?:differ|compare|vary)\b",
    re.IGNORECASE,
)

_KINDS_HINTS = (
    "type", "kind", "categor", "class", "variet", "form", "other", "differ", "compar", "vary",
)  # fmt: skip
"""A piece of text each of :data:`_KINDS`'s branches holds: most questions hold none."""


def asks_kinds(text: str) -> bool:
    """:data:`_KINDS`, tried only when a word it needs is there (most questions have none)."""
    folded = text.casefold()
    return any(h in folded for h in _KINDS_HINTS) and bool(_KINDS.search(text))
