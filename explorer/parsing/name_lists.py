"""A phrase of the question read as the names it lists.

"AWS, Microsoft Azure, and Google Cloud" is three names; "the key characteristics of Modern
Art" is one ("Modern Art"); "Class A, B, and C networks" spells out as "Class A", "Class B"
and "Class C networks". :mod:`.question` finds where in the question the compared names are;
this module says which names a found phrase holds.
"""

from __future__ import annotations

import re

from explorer.parsing.question_patterns import phrase_after

_SPLIT = re.compile(
    r"\s*(?:,\s*(?:and|or)\s+|,\s*|\s+(?:and|or|&|vs\.?|versus)\s+)\s*", re.IGNORECASE
)
_LEAD = re.compile(
    r"^(?:.*\b(?:about|between|is|are|do|does|did|can|could|should|explain|describe|define|makes|"
    r"differently\s+(?:in|among|across|between|for)|var(?:y|ies|ied)\s+(?:across|among|in)|"
    r"(?-i:they|it)\s+[a-z]+)\s+)?"  # "how did they impact the Southern and Northern states"
    # ("main" is a filler in "the main types", a name in "main and regional campuses")
    r"(?:(?:the|a|an|their|its|main|key|different|various)\s+(?!(?:and|or|vs\.?|versus)\s)|"
    r"(?<=the\s)(?:two|three)\s+|"
    r"(?:primary|basic|major)\s+"
    # "primary" is a filler in "the primary functions of", a name in "primary care"
    r"(?=(?:\w+\s+)?(?:characteristics|properties|features|differences|roles?|functions|"
    r"types|kinds|uses|principles|concepts|components|structures?)\b))*"
    r"(?:(?:unique|defining|distinctive|distinguishing|identifying|important|structural|functional|"
    r"mechanical|general)\s+"
    r"(?=(?:characteristics|properties|features|roles?|functions|traits)\b))?"
    r"(?:(?:(?:advantages|pros|benefits|strengths|similarities)\s+and\s+"
    r"(?:disadvantages|cons|drawbacks|limitations|challenges|risks|weaknesses|differences)|"
    r"characteristics|properties|features|operations|roles?|functions?|structures?|"
    r"advantages|disadvantages|uses|applications|effects|impacts?|types|kinds|forms|principles|"
    r"concepts|benefits|limitations|components|traditions|approaches|methods)\s+"
    r"(?:of|associated with|in|for|used in)\s+(?:(?:the|a|an)\s+)?)?"
    # "the security implications of using GUIs versus CLIs": GUIs are compared, not their use
    r"(?:(?:using|utilizing|employing)\s+(?:(?:the|a|an)\s+)?)?",
    re.IGNORECASE,
)
# "How can X be compared to Y", "How do X and Y typically differ", "Why are X and Y important"
_TRAILING = re.compile(
    r"(?:\s+(?:and|or|but|be|typically|generally|usually|often|mainly|primarily|really|"
    r"important|essential|crucial|necessary|relevant|beneficial|vital|useful|"
    r"different|alike|similar|(?:the\s+)?same))+$",  # "How are X and Y alike and different?"
    re.IGNORECASE,
)
_EXAMPLES = re.compile(r"(?<!-)\b(?:such as|like|including|e\.g\.,?|namely)\s+", re.IGNORECASE)
_FILLER = re.compile(r"^(?:key|some|two|three|several|many)$", re.IGNORECASE)
_MAX_WORDS = 7  # a compared name is a noun phrase, not a clause
# "Define avant-garde movements and discuss their key characteristics": a second task, no name
_TASK = re.compile(
    r"^(?:discuss|explain|describe|identify|outline|list|analy[sz]e|state|provide)\s+"
    r"(?:their|its)\b",
    re.IGNORECASE,
)
# "Egyptian columns and those of other ancient cultures": the others, as "other ..." names them
_THOSE_OF = re.compile(r"^(?:those|that)\s+of\s+(?=other\s)", re.IGNORECASE)
_FULL_STOP = re.compile(r"(?<=[a-z]{3})\.$")


def names_in(phrase: str) -> list[str]:
    """A list of names ("AWS, Microsoft Azure, and Google Cloud") as its names."""
    examples = _EXAMPLES.search(phrase)
    if examples:
        phrase = phrase[examples.end() :]
    phrase = _TRAILING.sub("", _LEAD.sub("", phrase.strip(" ,")).strip(" ,"))
    if " and " in phrase:  # "trial and error learning" is one name
        phrase = _BINOMIAL.sub(lambda m: m.group().replace(" ", _KEPT), phrase)
    if " & " in phrase:  # "the Baddeley & Hitch Model" is one name ("IPO & FPO" are two)
        phrase = _NAMED_PAIR.sub(lambda m: m.group().replace(" ", _KEPT), phrase)
    parts = [_unquoted(p).replace(_KEPT, " ") for p in _SPLIT.split(phrase)]
    parts = [_TRAILING.sub("", _LEAD.sub("", p).strip()) for p in parts if p.strip()]
    parts = [_THOSE_OF.sub("", p) for p in parts] if "of other" in phrase else parts
    return [
        p
        for p in parts
        if p and len(p.split()) <= _MAX_WORDS and not _FILLER.match(p) and not _TASK.match(p)
    ]


# "How do sympathetic and parasympathetic controls regulate airflow?": a plain list ends where
# the question's verb begins. Only words that are verbs and hardly ever nouns ("change",
# "impact" and "function" name things as often: "climate change").
_VERBS = (
    r"(?:contribute|interact|affect|play|relate|regulate|perform|determine|reflect|apply|"
    r"operate|respond|evolve|serve|coordinate|cooperate|complement|combine|emerge|manifest|"
    r"differ|vary|compare)\b"
)
_VERB_TAIL = re.compile(rf"(?<=\S)\s+{_VERBS}.*$", re.IGNORECASE)


_BINOMIAL = re.compile(
    r"\b(?:trial and error|cause and effect|supply and demand|research and development|"
    r"question and answer|checks and balances|command and control|profit and loss|"
    rf"cost and benefit|hunting and gathering|\d+(?:st|nd|rd|th) and \d+(?:st|nd|rd|th))"
    rf"(?=\s+(?!{_VERBS})[\w-])",
    re.IGNORECASE,
)
"""Fixed pairs that, before a noun, make one name's modifier ("trial and error learning",
"supply and demand curves", "the 5th and 6th centuries"); alone they may be compared ("How do
supply and demand ...")."""
_NAMED_PAIR = re.compile(r"\b[A-Z][a-z]+\s+&\s+[A-Z][a-z]")
_KEPT = "\ue000"  # a private-use character: the pair's spaces while the phrase is split


def before_verb(names: list[str]) -> list[str]:
    """``names`` with the last one cut where the question's verb starts ("parasympathetic
    controls regulate airflow" -> "parasympathetic controls")."""
    if not names:
        return names
    last = _VERB_TAIL.sub("", names[-1]).split()
    for i in range(1, len(last) - 1):  # "civil law systems handle international disputes"
        if _acts(last[i - 1], last[i], last[i + 1]):
            last = last[:i]
            break
    return [*names[:-1], " ".join(last)]


# "How is MRI used compared to CT?", "What is X, and how is it culturally perceived compared to
# Y?": the compared name is the subject of the passive verb, not the verb with it.
_PASSIVE = re.compile(
    r"\bhow\s+(?:is|are|was|were)\s+(?P<x>\S.*?)(?:\s+\w+ly)?\s+(?:\w{3,}ed|used|seen|done|made|"
    r"taken|given|known|shown|written|held|built|taught|thought|found|run)$",
    re.IGNORECASE,
)


def without_passive(listed: str) -> str:
    """``listed`` with a passive "how is X perceived" as X ("how it" when X is "it", which
    :data:`_BACKREF` reads as the name defined before)."""
    m = _PASSIVE.search(listed) if " how " in f" {listed.lower()}" else None
    if m is None:
        return listed
    x = m.group("x")
    return listed[: m.start()] + (f"how {x}" if x.lower() in ("it", "they") else x)


_PARTICIPLE = re.compile(r"^[a-z]{3,}(?<!e)ed$")


_ADVERB = re.compile(
    r"\w{3,}(?:ively|ically|fully|ously|ently|antly|ingly|ately|edly)$", re.IGNORECASE
)
"""An adverb of manner ("effectively", "carefully"), which a noun phrase does not end with
before its last word; not "early" or "family"."""


def joins_verbs(names: list[str]) -> bool:
    """The list is no list of names: it joins verbs ("How is standard error defined and
    calculated?", "lymphoma diagnosed and classified through biopsy": the first name ends in
    a participle and the last opens with one), or it is what the verb inside its first name
    acts on ("How do cultural differences impact the diagnosis and perception of ASD?")."""
    first, last = names[0].split(), names[-1].split()
    if len(first) >= 2 and _PARTICIPLE.match(first[-1]) and _PARTICIPLE.match(last[0]):
        return True
    if len(first) >= 2 and _ADVERB.match(first[-2]):
        return True  # "How can students effectively research and choose a university?"
    return any(_acts(*words) for words in zip(first, first[1:], first[2:], strict=False))


def before_acting_verb(text: str) -> str:
    """``text`` up to the verb its compared names act with ("How do unilateral and bilateral
    brain lesions [impact cognitive functions such as speech and motor skills?]"): what the
    verb acts on, examples and all, is no list of the compared names; "" without such a verb."""
    words = text.split()
    for i in range(2, len(words) - 1):
        if _acts(words[i - 1], words[i], words[i + 1]):
            return " ".join(words[:i])
    return ""


def _acts(before: str, word: str, after: str) -> bool:
    """``word`` is a verb acting on what follows: after a plural subject ("systems influence
    emotion regulation") or a name ("Chevalier depict nature"), or before a determiner
    ("differences shape the study"); a noun otherwise ("traditional drive theory")."""
    subject = _PLURAL.match(before) or before[:1].isupper()
    return bool(_ACTS.match(word) and (subject or _OBJECT.match(after)))


# Verbs that take an object (see _acts).
_ACTS = re.compile(
    r"(?:influence|impact|affect|shape|handle|use|utilize|treat|perceive|view|address|manage|"
    r"represent|depict|portray|interpret|employ|promote|enhance|facilitate|reduce|contribute|"
    r"improve|increase|prevent|cause|determine|regulate|control|reflect|challenge|alter|lead)$",
    re.IGNORECASE,
)
_OBJECT = re.compile(r"(?:the|a|an|its|their|his|her|our|this|these|those)$", re.IGNORECASE)
_PLURAL = re.compile(r"[a-z]{3,}[^s]s$")


def _unquoted(part: str) -> str:
    """A name without quotes around it, keeping a possessive's apostrophe ("Hobbes'"), nor
    the full stop that ends the question ("and tonicity.", not "the U.S.")."""
    part = _FULL_STOP.sub("", part.strip(' ,"'))
    possessive = re.search(r"\ws'$", part) and not part.startswith("'")  # not 'Heart of Darkness'
    return part if possessive else part.strip("'")


# "differ from that of Y", "from those of Y", "from an optimistic one", "from modern ones"
ELIDED = re.compile(
    r"^\s*(?:(?:that|those)\s+(?P<prep>of|in|on|for|at|among|with)\s+(?P<of>.+)|(?:an?\s+|the\s+)?(?!other\b|different\b|similar\b)(?P<adj>[\w-]+)\s+ones?)\s*$",
    re.IGNORECASE,
)


def elided(first: str, other: str) -> list[str]:
    """Two names from a comparison that leaves the second one's noun out: "the primary
    structure of DNA differ from that of RNA" compares DNA and RNA; "a pessimistic
    explanatory style differ from an optimistic one" compares the pessimistic and the
    optimistic explanatory style."""
    m = ELIDED.match(other)
    assert m is not None
    if m.group("of"):  # "that of RNA", "those on the Western Front", "that in developed ..."
        second = names_in(m.group("of"))
        cut = f" {m.group('prep').lower()} "
        lead = names_in(first.split(cut, 1)[1]) if cut in first else []
        return [lead[0] if lead else first, *second[:1]]
    words = first.split()
    if len(words) < 2:
        return [first]
    return [first, " ".join([m.group("adj"), *words[1:]])]


# "X differ in non-dividing cells compared to dividing cells": where the compared name is
# the last "in ..." after a verb (up to three words; not "in their uses", an aspect). After
# a noun the "in" only places it: "female heroes in Greek mythology" are the compared name.
_IN_LEAD = re.compile(
    r"^(?P<lead>.+?(?:\bdiffer\w*|\bvar(?:y|ies)|ed|ly|\b(?:propagate|behave|occur|work|operate|"
    r"grow|develop|react|respond|perform|travel|move|spread|appear|progress)s?))\s+"
    r"(?:in|among|during|under)\s+"
    r"(?:(?:the|a|an)\s+)?"
    r"(?P<name>(?!(?:their|its|his|her|our|your|this|these|those)\b)[^\s,]+(?:\s+[^\s,]+){0,2})$",
    re.IGNORECASE,
)
_IN = re.compile(r"^(?:in|among|during|under)\s+", re.IGNORECASE)


def compared_in(first: str, other: str) -> tuple[str, str]:
    """The two compared names of "``first`` compared to ``other``" when ``first`` is a
    clause ending in the first of them: "chromatin differ in non-dividing cells" and
    "dividing cells", "resistors behave differently when connected in parallel" and "in
    series", "language used differently in television" and "radio" compare the cells, the
    circuits, the media (the verb is known by its form, "differ", "vary", "-ed", "-ly", or is
    one that says how something goes: "propagate", "behave", "occur", "work").
    Not when the other name's noun comes before the "in": "the lymphatic system function
    in lipid transport" compared to "the circulatory system" compares the systems."""
    m = _IN_LEAD.match(first)
    rest = _IN.sub("", other.strip())
    if not m or len(first.split()) < 3 or not rest or len(rest.split()) > 3:
        return first, other
    if rest.split()[0].lower() in ("those", "that"):  # "... with ADHD compared to those without"
        return first, other
    if rest.split()[-1].lower() in m.group("lead").lower().split():
        return first, other
    return m.group("name"), rest


# What follows a list the question's END cut short: a phrase opened by a preposition.
_CUT_PHRASE = phrase_after("in|on|for|at|along|with")


def parallel_tail(names: list[str], rest: str) -> list[str]:
    """The last name with the phrase the list was cut before, when an earlier name has the
    same head and preposition: "a change in demand and a change [in quantity demanded]" names
    two changes. A phrase no name has of its own ("mitosis and meiosis in plants") is shared."""
    m = _CUT_PHRASE.match(rest) if len(names) >= 2 else None
    if m is None:
        return names
    opening = f"{names[-1]} {m.group(1)} ".lower()
    if any(n.lower().startswith(opening) for n in names[:-1]):
        return [*names[:-1], f"{names[-1]} {m.group(1)} {m.group(2)}"]
    return names
