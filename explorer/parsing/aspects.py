"""What a question compares things *in*, not what it compares.

"How do stars differ in terms of colour and size?" names colour and size as aspects: labels
"Colour" and "Size" under "Red Dwarfs" and "Blue Giants" are attributes, and "colour and size"
is no list of compared names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from explorer.parsing.words import tokens

# "in terms of structure and function", "in their approach to mathematics and physics": a list
# after these names the aspects compared, not the compared things.
_ASPECT = re.compile(
    r"(?:in terms of|in (?:their|its)\b|with respect to|regarding|concerning)", re.IGNORECASE
)
# "how do they differ in focus and thickness": a list that takes in the verb lists aspects
# (not "differ in the views of Spinoza and Leibniz", which starts after it).
_DIFFER_IN = re.compile(r"\b(?:differ|vary)\s+in\b", re.IGNORECASE)
_ASPECT_TAIL = re.compile(
    r"\s*\b(?:in terms of|with respect to|regarding|concerning|"
    r"(?:differ|var(?:y|ies))\w*\s+in\s+(?:their|its)\b)[^?.;:]*",
    re.IGNORECASE,
)


def holds_aspect(text: str) -> bool:
    """A found list that runs through an aspect phrase ("ectomycorrhizae and endomycorrhizae
    in terms of structure and benefits", before "to plants") is not one list of names."""
    folded = text.casefold()
    return any(w in folded for w in _ASPECT_WORDS) and bool(_ASPECT_TAIL.search(text))


def after_aspect(text: str, at: int) -> bool:
    """A list at ``at`` opens, or starts in or after, an aspect phrase: "differ in terms
    of work environment and job types" lists aspects."""
    found = _ASPECT.finditer(text, max(0, at - 16), at + 16)
    verbs = _DIFFER_IN.finditer(text, max(0, at - 16), at + 16)
    return any(a.start() <= at <= a.end() + 1 for a in found) or any(
        v.start() <= at < v.end() for v in verbs
    )


@lru_cache(maxsize=4096)
def without_aspects(text: str) -> str:
    """The question without the aspects it names, for scoring the article's names against
    it ("Colour" and "Size" must not look like the compared names)."""
    folded = text.casefold()
    if not any(word in folded for word in _ASPECT_WORDS):  # most questions: no aspect named
        return text
    return _ASPECT_TAIL.sub("", text)


_ASPECT_WORDS = ("terms", "respect", "regarding", "concerning", "in their", "in its")
"""A word each of :data:`_ASPECT_TAIL`'s phrases needs."""


def names_asked_aspect(name: str, question: str) -> bool:
    """ "Performance Metrics" under "How do different computer architectures compare in terms
    of performance and efficiency?": a section named by what the question compares the members
    *in* is not one of them ("Solar Energy" in "... types of energy ... in terms of energy
    output" is: the kind's own words do not count)."""
    asked = _asked_aspects(question)
    return bool(asked) and not asked.isdisjoint(tokens(name))


@lru_cache(maxsize=1024)
def _asked_aspects(question: str) -> frozenset[str]:
    """The words of the question's aspect phrase that are not also the words before it."""
    folded = question.casefold()
    found = _ASPECT_TAIL.search(question) if any(w in folded for w in _ASPECT_WORDS) else None
    if found is None:
        return frozenset()
    before = tokens(question[: found.start()])
    return frozenset(tokens(found.group(0))).difference(before, _ASPECT_WORDS)


# "..., and how do they differ in function?": what unnamed members differ *in*; "... and
# their roles in movement and support": what each of them has.
_DIFFER_IN_WHAT = re.compile(
    r"\b(differ|vary)\s+in\s+[^?.;:,]*|,?\s+and\s+(?:what\s+(?:are|is)\s+)?(?:their|its)\s+"
    r"[^?.;:]*",
    re.IGNORECASE,
)


def scoring_text(text: str, *, members: bool) -> str:
    """The question as the article's names are scored against it: without its aspects, and,
    when it asks for ``members`` it does not name, without what they differ in ("What are the
    types of transport proteins, and how do they differ in function?": labels "Function" under
    "Channel Proteins" are attributes, not the members asked for), or what each has ("... types
    of muscles and their roles in movement and support", "..., and what are their basic
    functions?"). A question that names what
    it compares keeps the words: what follows "differ in" may be the compared things ("How
    does play differ in children with ASD compared to neurotypical children?")."""
    text = without_aspects(text)
    if not members or (" in " not in text and " and " not in text):
        return text
    return _DIFFER_IN_WHAT.sub(lambda m: m.group(1) or "", text)


_JOINED = re.compile(r"\s(?:of|in|on|for|to|with|at|from|by)\s", re.IGNORECASE)
_ASPECT_NOUNS = frozenset((
    "type", "types", "kind", "kinds", "form", "forms", "function", "functions", "structure",
    "structures", "source", "sources", "cause", "causes", "effect", "effects", "impact",
    "impacts", "role", "roles", "property", "properties", "characteristics", "feature",
    "features", "use", "uses", "application", "applications", "advantages", "disadvantages",
    "benefits", "limitations", "components", "principles", "concepts", "example", "examples",
    "stages", "symptoms", "treatment", "importance", "significance", "definition", "overview",
    "purpose", "purposes", "implications", "influence", "differences", "size", "sizes", "shape",
    "shapes", "concept", "context", "formation", "conductivity", "reactivity", "nature", "methods",
    "techniques",
))  # fmt: skip


def is_aspect(name: str) -> bool:
    """ "Types", "causes": a name that is only an aspect noun, an aspect of something unnamed."""
    return name.strip().lower() in _ASPECT_NOUNS


def leads_with_aspect(name: str) -> bool:
    """ "Treatment Options", "Types of Proteins": a name whose first word is an aspect noun."""
    return bool(name.strip()) and name.split(None, 1)[0].lower() in _ASPECT_NOUNS


def opens_with_aspect(name: str) -> bool:
    """ "Types of Proteins", "Impact of Age on Urinary Incontinence": a name whose first word
    is an aspect of what follows it."""
    return leads_with_aspect(name) and bool(_JOINED.search(name))


# "What types of sensors are used, and how is data collected and processed?": the question
# turns to a second matter, and a section that answers it is no sensor; so does "the types of
# gallstones and their risk factors" ("Risk Factors for Gallstones" is no gallstone).
_THEN = re.compile(
    r",?\s+and\s+(?:how|what|why|when|which|where)\b|,\s*(?:and\s+)?(?:explain|describe|discuss)"
    r"\b|\s+and\s+(?:explain|describe|discuss|provide|their|its)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def _matters(question: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The words of the question's first matter, and the word roots of its second, if any."""
    found = _THEN.search(question)
    if not found:
        return None
    return frozenset(tokens(question[: found.start()])), _roots(question[found.end() :])


def _roots(text: str) -> frozenset[str]:
    return _roots_of(tokens(text))


def _roots_of(words: Iterable[str]) -> frozenset[str]:
    return frozenset(t[:5] for t in words if len(t) > 2)  # "collected", "collection"


def answers_second_matter(name: str, question: str) -> bool:
    """``name`` is made of the words of the question's second matter and of none of its first
    ("Data Collection and Processing", "Prompting Hierarchy" after "the types of prompts ...
    and explain the prompting hierarchy"); "Proof by Induction" in "the types of proofs, and
    how does induction ..." has the first's "proof" and is one of the members it asks for."""
    matters = _matters(question)
    if matters is None or not (roots := _roots(name)):
        return False
    if roots <= matters[1] and not matters[0].intersection(tokens(name)):
        return True
    # "Prevention of Stroke" after "the types of stroke, and how can they be prevented?": the
    # second matter done to what the first asks about
    done_to = _DONE_TO.match(name)
    return done_to is not None and _roots(done_to[1]) <= matters[1] - _roots_of(matters[0])


_DONE_TO = re.compile(r"^((?:[\w-]+\s+)?[\w-]+)\s+(?:of|for)\s", re.IGNORECASE)


def asks_second_matter(name: str, question: str) -> bool:
    """``name`` asks the question's second matter again: "When is Strong Induction More
    Advantageous?" after "the differences between strong induction and standard induction,
    and when is strong induction more advantageous?" (a heading that asks, in the words of
    the second matter only, one of them its own; it may name a compared side, as that matter
    does, but "What Is Strong Induction?" asks nothing the first matter does not name)."""
    if not name.rstrip().endswith("?"):
        return False
    matters = _matters(question)
    if matters is None or not (roots := _roots(name)) or not roots <= matters[1]:
        return False
    return bool(roots - _roots_of(matters[0]))


# Weighing one thing's sides ("the pros and cons of remote work") compares nothing; weighing
# those of two or more named things ("the advantages and disadvantages of oral and
# parenteral administration") compares them.
_WEIGHS_HINTS = ("pros and", "advantages and", "benefits and", "strengths and")
"""What each of :data:`_WEIGHS`'s phrases opens with (most questions have none of them)."""
_WEIGHS = re.compile(
    r"\b(?:pros and cons|advantages and (?:disadvantages|limitations)|benefits and "
    r"(?:drawbacks|limitations|challenges|risks)|strengths and weaknesses)\s+of\s",
    re.IGNORECASE,
)


def weighing(text: str) -> re.Match[str] | None:
    """Where a phrase weighing sides ("the pros and cons of", "strengths and weaknesses of")
    ends its "of", if ``text`` has one."""
    folded = text.casefold()
    return _WEIGHS.search(text) if any(h in folded for h in _WEIGHS_HINTS) else None
