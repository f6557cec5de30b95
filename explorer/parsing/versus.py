"""Names either side of "vs", and a topic that ends in a name.

"community involvement in rural versus urban settings" compares rural and urban settings,
"the nature vs. nurture debate" nature and nurture, "the orbital configurations for N2, O2, F2
and Ne2" the four molecules: :mod:`.name_lists` splits the phrase into names, these helpers
say which words of the first name (or the last) are the name.
"""

from __future__ import annotations

import re

_VERSUS = re.compile(r"\s(?:vs\.?|versus)\s", re.IGNORECASE)


def versus(names: list[str], found: str) -> list[str]:
    """ "community involvement in rural versus urban settings": a title that opens with its
    topic puts "vs" between the words that differ, so the first name is the last of them
    (``found``, the question's words the names were found in, says "vs" or "versus"); the
    noun of "the nature vs. nurture debate" is the topic's, not nurture's."""
    if not _VERSUS.search(found):
        return names
    narrowed = [i for i, n in enumerate(names) if _NARROWING.match(n)]
    if narrowed:  # "the orientation of images, specifically upright vs. inverted"
        first = narrowed[-1]
        names = [_NARROWING.sub("", names[first]), *names[first + 1 :]]
    if len(names) >= 2 and len(names[-1].split()) >= 2:  # "the nature vs. nurture debate"
        names = [*names[:-1], _TOPIC_NOUN.sub("", names[-1])]
    k = _before_versus(names, found)  # the names listed before it are the topic's, if it
    lead_in = _LEAD_IN.match(names[k]) if len(names) >= k + 2 else None  # has a lead-in
    if lead_in and all(len(n.split()) <= 3 for n in names[k + 1 :]):
        return [lead_in.group("name"), *names[k + 1 :]]
    if len(names) == k + 2 and len(names[k].split()) > 3 and len(names[k + 1].split()) == 1:
        # "twin studies play in understanding the nature vs nurture": the word before it
        return [*names[:k], names[k].split()[-1], names[k + 1]]
    return names


_TOPIC_NOUN = re.compile(
    r"\s+(?:debate|problem|dichotomy|controversy|divide|dilemma|paradox)$", re.IGNORECASE
)
"""What "A vs. B" names as one thing ("the P vs NP problem"): the topic, not B's noun."""


def topic_before_versus(listed: str, found: str) -> list[str]:
    """The name that ends a topic too long to be one, before "vs" ("the impact on the
    brightness of bulbs in series versus parallel circuits": "series")."""
    m = _LEAD_IN.match(listed.strip()) if _VERSUS.search(found) else None
    return [m.group("name")] if m else []


def topic_lead(names: list[str]) -> list[str]:
    """A list of three or more short names whose first is a topic ending in one ("the orbital
    configurations for N2, O2, F2 and Ne2"): that one."""
    if len(names) < 3 or len(names[0].split()) < 3 or any(len(n.split()) > 2 for n in names[1:]):
        return names
    m = _LEAD_IN.match(names[0].strip())
    return [m.group("name"), *names[1:]] if m else names


def _before_versus(names: list[str], found: str) -> int:
    """Which of ``names`` is the one just before "vs" ("the development of wisdom and the
    virtue of wisdom in Erikson's ego integrity vs. despair stage": the second; 0 if none is)."""
    for i in range(len(names) - 2, 0, -1):
        if re.search(re.escape(names[i]) + r"\s+(?:vs\.?|versus)\s", found, re.IGNORECASE):
            return i
    return 0


_NARROWING = re.compile(r"^(?:specifically|particularly|especially|namely)\s+", re.IGNORECASE)
_LEAD_IN = re.compile(
    r"^.*\s(?:in|to|on|for|of|specifically|between|involving|\w+'s)\s+"
    r"(?:(?:the|a|an)\s+)?"
    r"(?:(?:using|utilizing|employing)\s+(?:(?:the|a|an)\s+)?)?"  # "of using GUIs versus CLIs"
    r"(?P<name>\S+(?:\s+\S+)?)$",
    re.IGNORECASE,
)
