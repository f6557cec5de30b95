"""A plain list of names in a question: "How do A, B and C ...", "the roles of X and Y".

Not every "and" joins names: "its charge and structure" are aspects of a thing named before,
"similarities and differences" weighs one topic, and "important in understanding pH and
concentration" lists what a verb acts on, from its object on. :mod:`.question` reads the
compared names with its patterns first and falls back to this list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from explorer.parsing.aspects import after_aspect, is_aspect, leads_with_aspect
from explorer.parsing.name_lists import before_verb, joins_verbs, names_in
from explorer.parsing.question_patterns import COORDINATION, VAGUE
from explorer.parsing.versus import topic_lead

_WINDOW = 120  # characters either side of an "and" that a plain "X and Y" list can span
# "the types of semiconductors and their characteristics": one thing and an aspect of it;
# "double angle and half-angle formulas and their applications": two things, then an aspect.
AND_ITS = re.compile(r"\band\s+(?:its|their)\s", re.IGNORECASE)

# "what is its charge and structure?": the aspects of a thing named before, not two names.
_POSSESSIVE = re.compile(r"(?:^|\W)(?:its|their)\s+$", re.IGNORECASE)


def _possessed(window: str, start: int) -> bool:
    """The list at ``start`` is owned by "its" or "their" (before it, as its first word, or
    after the verb it opens with: "how do you determine its domain and range")."""
    return bool(_OWNED_LEAD.match(window, start)) or bool(
        _POSSESSIVE.search(window[max(0, start - 7) : start])
    )


_OWNED_LEAD = re.compile(r"(?:[a-z]+\s+)?(?:its|their)\s", re.IGNORECASE)


def coordinated(text: str, *, aspects: bool = False) -> list[str]:
    """The first plain "X, Y and Z" list of two or more names, looked for only around an
    "and" (the list pattern is costly to try at every position of a long question); with
    ``aspects``, a list of what things differ in counts too."""
    lowered = text.lower()
    at = lowered.find(" and ")
    while at != -1:
        window = text[max(0, at - _WINDOW) : at + _WINDOW]
        for c in _lists(window):
            if (not aspects and after_aspect(window, c.start())) or _possessed(window, c.start()):
                continue
            listed = AND_ITS.split(c.group("a"), maxsplit=1)[0]
            if _ACROSS_VARIED.search(listed.split(" and ", 1)[0]) and listed.islower():
                continue  # "vary across different cultures and contexts": what X varies across
            names = topic_lead(before_verb([n for n in names_in(listed) if not VAGUE.match(n)]))
            names = [_GERUND_LEAD.sub("", names[0]) or names[0], *names[1:]] if names else names
            if names and " " in names[0] and _PERSON_BEFORE.search(window, 0, c.start()):
                names[0] = names[0].split(None, 1)[1]  # "you identify X and Y": the verb's X
            names = _without_shared_setting(names)
            if len(names) >= 2 and (is_aspect(names[0]) or all(map(leads_with_aspect, names))):
                # "the structure and function of DNA", "the symptoms and treatment options
                # for onychia and paronychia": aspects of what follows, not names
                continue
            if len(names) >= 2 and not joins_verbs(names) and not _WEIGHED_PAIR.match(listed):
                return names
        at = lowered.find(" and ", at + _WINDOW)
    return []


# "How can you identify social positive and social negative reinforcement?", "How can one
# identify intervals of increase and decrease?": the list opens with the verb the person
# asking does; its first name comes after it
_PERSON_BEFORE = re.compile(r"\b(?:you|we|one|i)\s+$", re.IGNORECASE)


def _lists(window: str) -> Iterator[re.Match[str]]:
    """:data:`COORDINATION`'s matches in ``window``, as ``finditer`` finds them, tried only
    where one can start: at a word of the run of words and commas just before an "and" (a
    list is groups of one to four words joined by commas, then "and"). Tried at every
    position of the window instead, it cost 1.5 % more of the CLI's instructions per real
    article (4.01 M against 3.95 M), for the same matches on all the family's questions."""
    end = 0
    for start in _starts(window):
        if start >= end and (found := COORDINATION.match(window, start)):
            end = found.end()
            yield found


_WORD_START = re.compile(r"(?<![\w+#./'’-])[\w+#./'’-]")
# The run of word groups before an "and", read backwards (on the reversed window): an
# optional comma ("A, B, and C"), then groups of one to four words joined by commas.
_GROUP = r"[\w+#./'’-]+(?:\s+[\w+#./'’-]+){0,3}"
_RUN_BACKWARDS = re.compile(rf"\s*,?\s*{_GROUP}(?:\s*,\s*{_GROUP})*")


def _starts(window: str) -> list[int]:
    """Every word start from which a list could reach an "and" of ``window``, in order."""
    starts: set[int] = set()
    lowered = window.lower()
    backwards = window[::-1]
    size = len(window)
    at = lowered.find(" and")
    while at != -1:
        run = _RUN_BACKWARDS.match(backwards, size - at)
        if run is not None:
            starts.update(m.start() for m in _WORD_START.finditer(window, size - run.end(), at))
        at = lowered.find(" and", at + 1)
    return sorted(starts)


def later_list(text: str, names: tuple[str, ...]) -> list[str]:
    """The next plain list after the one ending in ``names[-1]``, even one of what things
    differ in ("How do family roles and responsibilities differ in patrilineal and
    matrilineal kinship systems?"); none after "in terms of", which plainly lists aspects."""
    at = text.lower().find(names[-1].lower()) if names else -1
    rest = text[at + len(names[-1]) :] if at != -1 else ""
    if not rest or _ASPECT_MARK.search(rest):
        return []
    verb = _VERB_IN.search(rest)  # the list starts after "differ in"
    return coordinated(rest[verb.end() :] if verb else rest, aspects=True)


_ASPECT_MARK = re.compile(
    r"\b(?:in terms of|with respect to|regarding|concerning)\b", re.IGNORECASE
)
_VERB_IN = re.compile(
    r"\b(?:differ|var(?:y|ies)|compare)\w*\s+(?:in|across|among|between)\s", re.IGNORECASE
)


# "How do gender roles vary across different societies and cultures?": common nouns after
# "across different" are the settings something varies in, not named sides
_ACROSS_VARIED = re.compile(
    r"\b(?:across|among|between|within|in)\s+(?:different|various|diverse)\s+\S"
)

# "Why is the logarithmic scale important in understanding pH and concentration?": the list
# opens after the verb its first name is the object of
_GERUND_LEAD = re.compile(
    r"^.*?\b(?:in|for|of|on|by|when|while)\s+(?!(?:during|including|building|string|spring)\b)"
    r"[a-z]{3,}ing\s+(?:(?:the|a|an)\s+)?(?=\S)"
)

# "the cross-cultural similarities and differences in childhood fears": one phrase weighing
# its topic, not two names
_WEIGHED_PAIR = re.compile(
    r".*\b(?:similarities|advantages|benefits|pros|strengths)\s+and\s+"
    r"(?:differences|disadvantages|drawbacks|cons|weaknesses|limitations)\b",
    re.IGNORECASE,
)


_SETTING = re.compile(
    r"\s+(?:in|within|among|during|across|on)\s+"
    r"(?!(?:other|different|various|their|its|them|it)\b|\w+ing\b)\S.*$",  # its own words
    re.IGNORECASE,
)


def _without_shared_setting(names: list[str]) -> list[str]:
    """ "pumps in cellular transport" after "channels, carriers": the last name's "in ..." is
    where all of them are, not its own words (unless another name has a phrase of its own)."""
    if len(names) < 2 or any(_SETTING.search(n) for n in names[:-1]):
        return names
    return [*names[:-1], _SETTING.sub("", names[-1]) or names[-1]]
