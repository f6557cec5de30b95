"""Abbreviations an article defines for its compared names: "high-resolution manometry (HRM)".

The question names the compared things in full; the article often spells a name out once
with its abbreviation and then writes only that ("In HRM, a catheter ..."), or labels its
sides with it ("- **RBCs**: ..."). A compared name the text spells just before a
parenthesised abbreviation of its words' initials takes that abbreviation as its own
parenthetical, so every rule that knows a name's aliases ("Relational Databases (RDBMS)" is
also "RDBMS") knows the short form as that side.
"""

from __future__ import annotations

import re

from explorer.parsing.words import name_key

_DEFINED = re.compile(r"\(([A-Z][A-Za-z]*[A-Z])(s?)\)")
"""A parenthesised abbreviation of two or more capitals, perhaps plural: (HRM), (RBCs), (DQN)."""


def with_abbreviations(anchors: tuple[str, ...], markdown: str) -> tuple[str, ...]:
    """``anchors`` with the abbreviation the article defines for each, where it defines one.

    The words before the parenthesis, as many as the abbreviation has capitals, must be the
    compared name's words and their initials the abbreviation ("reduced row-echelon form
    (RREF)"); an abbreviation spelled out for two names is given to neither.
    """
    found = list(_DEFINED.finditer(markdown)) if len(anchors) >= 2 and "(" in markdown else []
    if not found:  # most articles
        return anchors
    full = _with_elided_head(anchors)
    keys = {name_key(n): i for i, n in enumerate(full) if "(" not in n}
    defined: dict[int, tuple[str, str]] = {}  # side -> (abbreviation, as written)
    owners: dict[str, set[int]] = {}
    for m in found:
        side = _spelled_side(markdown, m, keys)
        if side is not None:
            owners.setdefault(m.group(1), set()).add(side)
            defined.setdefault(side, (m.group(1), m.group(1) + m.group(2)))
    named = {i: f"{full[i]} ({w})" for i, (a, w) in defined.items() if len(owners[a]) == 1}
    if any(full[i] != anchors[i] and i not in named for i in range(len(anchors))):
        named.pop(len(anchors) - 1, None)  # its head noun must stay the others' to borrow
    return tuple(named.get(i, a) for i, a in enumerate(anchors))


def _with_elided_head(anchors: tuple[str, ...]) -> tuple[str, ...]:
    """The anchors with the head noun the question elided ("short-term and long-term memory":
    "short-term memory"), which the article spells out before its abbreviation."""
    last = anchors[-1].split()
    if len(last) < 2:
        return anchors
    head = " ".join(last[1:])
    return tuple(f"{a} {head}" if " " not in a else a for a in anchors[:-1]) + anchors[-1:]


def _spelled_side(markdown: str, m: re.Match[str], keys: dict[str, int]) -> int | None:
    """The compared name spelled out just before the abbreviation ``m``, if any."""
    before = markdown[max(0, m.start() - _REACH) : m.start()]
    start = spelled_start(before, m.group(1))
    return None if start is None else keys.get(name_key(before[start:]))


def spelled_start(before: str, abbreviation: str) -> int | None:
    """Where in ``before`` the words ``abbreviation`` spells out start, or None.

    As many words as it has capitals, the last ones of ``before``, joining words left out,
    must have its capitals as their initials: "reduced row-echelon form" for RREF, "denial of
    service" for DoS."""
    capitals = [c for c in abbreviation if c.isupper()]
    words = [w for w in _WORD.finditer(before) if w.group().lower() not in _JOINING]
    spelled = words[-len(capitals) :]
    initials = [w.group()[0].upper() for w in spelled]
    return spelled[0].start() if len(spelled) == len(capitals) and initials == capitals else None


_WORD = re.compile(r"[^\s\-\u2010\u2011/]+")
_JOINING = frozenset({"of", "and", "the", "for"})
_REACH = 160
"""How far before a parenthesis its spelled-out name is looked for (a few long words)."""
