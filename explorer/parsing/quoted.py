"""Names the question sets in quotes: "How does 'Songs of Experience' contrast with 'Songs of
Innocence'?", "the terms 'system' and 'surroundings'".

Quotes say where each name starts and ends, which the plain list readers have to guess (and
read "terms 'system" for the first name). Two or more quoted phrases a joining word apart
are the compared names. An apostrophe inside a word ("Dijkstra's") opens no quote.
"""

from __future__ import annotations

import re
from itertools import pairwise

_QUOTED = re.compile(
    r"(?<![\w'’])(?:'(?P<a>\S[^'\n]{0,59}?)'|‘(?P<b>\S[^’\n]{0,59}?)’|"
    r"\"(?P<c>\S[^\"\n]{0,59}?)\"|“(?P<d>\S[^”\n]{0,59}?)”)(?!\w)"
)
# What may stand between two quoted names: nothing ("'ne...pas,' 'ne...plus,'"), a comma,
# "and"/"or", "vs", or a few words ending in a joining preposition ("contrast with", "differ
# in meaning from").
_JOIN = re.compile(
    r"^(?:,?|,?\s*(?:and|or)|(?:[\w-]+\s+){0,3}(?:from|with|to|and|or|vs\.?|versus))$",
    re.IGNORECASE,
)
_QUOTES = ("'", '"', "‘", "“")


def quoted_names(text: str) -> list[str]:
    """The quoted names of ``text`` in order, when two or more are joined as one list."""
    if not any(q in text for q in _QUOTES):
        return []
    found = list(_QUOTED.finditer(text))
    if len(found) < 2:
        return []
    names = [_name(found[0])]
    for before, m in pairwise(found):
        if not _JOIN.match(text[before.end() : m.start()].strip()):
            break
        names.append(_name(m))
    return [n for n in names if n] if len(names) >= 2 else []


def _name(m: re.Match[str]) -> str:
    name = next(g for g in m.groups() if g is not None)
    return name.strip().rstrip(",.;:").strip()
