"""A sentence leading into a list that names the list's group: "The advantages of
centralization include:" over ``- **Clear Accountability**: ...`` reads as ``**Advantages:**``
over it would, ``Advantages > Clear Accountability``.

Only the words that weigh a subject one way or the other make a group (advantages, drawbacks
and their like); only when the word opens the list, not when the list answers it ("addressing
some of these challenges:"); and not when the name the list is under already says it.
"""

from __future__ import annotations

import re

# (not "characteristics" or "features": everything said of a subject is one, and the group
# would only keep its rows from lining up with the others')
_GROUP_NOUNS = (
    r"(?:advantages|benefits|disadvantages|drawbacks|challenges|limitations|strengths|"
    r"weaknesses)"
)
_ONE_GROUP = re.compile(rf"\b{_GROUP_NOUNS}\b", re.IGNORECASE)
_SIDE = {
    **dict.fromkeys(("advantages", "benefits", "strengths"), "+"),
    **dict.fromkeys(("disadvantages", "drawbacks", "limitations", "weaknesses", "challenges"), "-"),
}
"""Which way each group noun weighs: "Benefits of X" already says what "advantages" would."""


def _sides_of(name: str) -> set[str]:
    """Which ways the group nouns of a name weigh ("Advantages and Disadvantages": both)."""
    return {_SIDE[w.lower()] for w in _ONE_GROUP.findall(name)}


def lead_in_group(raw: str, within: str) -> str | None:
    """ "The advantages of centralization include:", "... can also lead to drawbacks such
    as:": the list after this lead-in is that group, as under ``**Advantages:**``; not under
    a name that already says so ("Benefits of Tidal Energy" over "Its advantages include:")."""
    last = re.split(r"(?<=[.!?])\s+", raw.strip())[-1]
    if _JOINED_GROUP.search(last):
        return None  # "the main features and advantages of tuples": not one group
    found = {m.lower() for m in _LEADS_INTO.findall(last)}
    if len(found) != 1:
        return None
    group = found.pop()
    return None if _SIDE[group] in _sides_of(within) else group.capitalize()


# The group word opens the list: "The advantages of X include:", "drawbacks such as:", "has
# several disadvantages:"; not "Digitization helps in addressing some of these challenges:"
# (what the list answers, named before).
_LEADS_INTO = re.compile(
    rf"(?<!these )(?<!those )\b({_GROUP_NOUNS})\b"
    r"(?:\s+(?:of|over|for)\s+(?:[\w-]+\s+){0,4}?[\w-]+)?"  # "advantages of X", "... over Y"
    r",?\s*(?:include|includes|including|such as|are|:)",
    re.IGNORECASE,
)


_JOINED_GROUP = re.compile(
    rf"\b(?:and|or|&)\s+(?:\w+\s+)?{_GROUP_NOUNS}\b|\b{_GROUP_NOUNS},?\s+(?:and|or|&)\s",
    re.IGNORECASE,
)
