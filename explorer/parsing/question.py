"""What an article's own question says it compares: the named subjects, and whether it compares.

The family's titles and questions nearly always name what is compared: "How do Keras,
TensorFlow, and PyTorch differ", "differences between trees and graphs", "How does HTTP differ
from FTP", "X compared to Y", "X vs Y". Those names (*anchors*) tell the parser where the
article's structure carries its subjects, at any level. A question with a comparison word but no
names ("What are the types of X?", "... and how do they differ?") leaves the structure to decide;
a question with neither ("How do you install MySQL?", "What are the key features of X?") is
not a comparison, whatever its headings look like.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from explorer.parsing.aspects import (
    holds_aspect,
    is_aspect,
    leads_with_aspect,
    weighing,
    without_aspects,
)
from explorer.parsing.coordination import AND_ITS, coordinated
from explorer.parsing.kinds import asks_kinds, kinds_asked_around
from explorer.parsing.name_lists import (
    ELIDED,
    before_acting_verb,
    before_verb,
    compared_in,
    elided,
    names_in,
    parallel_tail,
    without_passive,
)
from explorer.parsing.of_phrases import (
    of_aspects,
    owned_lead,
    owner_of_aspects,
    possessors,
    shared_tail,
)
from explorer.parsing.question_patterns import (
    ASKS,
    AUXILIARY,
    BARE_VERB,
    NEEDS,
    NO_OBJECT,
    NOT_BEFORE_VERB,
    OTHERS,
    PATTERNS,
    VAGUE,
    VERSUS_WORD,
    WHAT_IS,
    phrase_after,
    says_compare,
    without_case_names,
)
from explorer.parsing.quoted import quoted_names
from explorer.parsing.versus import topic_before_versus, versus
from explorer.parsing.words import tokens


@dataclass(frozen=True)
class Question:
    """What the title and question say is compared."""

    anchors: tuple[str, ...]
    """The compared names as the question writes them ("Dijkstra's", "Bellman-Ford algorithms")."""
    compares: bool
    """The question asks for a comparison (or for types or kinds), named or not."""
    coordinated: bool = False
    """The anchors come from a plain "X and Y" (not from "differ", "compare", "vs"...), so only
    the structure can confirm they are compared."""
    asks: bool = False
    """The title or question asks something ("How do you install MySQL?"). One that asks
    nothing ("Two tools", or no title at all) leaves the structure to decide."""
    kinds: bool = False
    """It asks about the members of a set without naming them ("What are the types of X?",
    "... and how do they differ?"): a plain list of labelled items lists those members."""


@lru_cache(maxsize=4096)
def read_question(question: str, title: str = "") -> Question:
    """The anchors of whichever of question and title names more of them."""
    best: Question | None = None
    texts = dict.fromkeys(  # often the same
        without_case_names(" ".join(t.split())) for t in (question, title)
    )
    for text in texts:
        found = _read(text)
        if best is None or len(found.anchors) > len(best.anchors):
            best = found
        elif found.compares and not best.compares:
            best = Question(best.anchors, True, best.coordinated)
    asks = any(ASKS.search(text) for text in texts)
    # Only a question naming no one needs it (then the members are listed, not named).
    kinds = (not best or len(best.anchors) < 2) and any(asks_kinds(text) for text in texts)
    if best is None:
        return Question((), False, asks=asks)
    # "How do you compare acidic protons between different molecules?" asks for a method:
    # with nothing named, its sections are steps, not the members of a comparison
    compares = best.compares and (bool(best.anchors) or not any(map(_HOW_TO.match, texts)))
    return Question(best.anchors, compares, best.coordinated, asks=asks, kinds=kinds)


_HOW_TO = re.compile(
    r"\s*how\s+(?:to|(?:do|can|should|would|could|might)\s+(?:you|one|we|i)\b)", re.IGNORECASE
)


_PLAIN = ("to", "with", "against")  # "compare X to Y" joins as plainly as "benefits to plants"


def _read(text: str) -> Question:
    compares = says_compare(text)
    quoted = quoted_names(text)
    if quoted:  # "How does 'Songs of Experience' contrast with 'Songs of Innocence'?"
        return Question(tuple(dict.fromkeys(quoted)), compares, coordinated=not compares)
    folded = text.casefold()
    for pattern, need in zip(PATTERNS, NEEDS, strict=True):
        if need and not any(n in folded for n in need):
            continue
        for m in pattern.finditer(text):
            listed, other = m.group("a"), m.groupdict().get("b")
            if holds_aspect(listed):  # "X [in terms of A and B] compared to Y": X and Y
                listed = without_aspects(listed)
                if other and text[m.end("a") : m.start("b")].strip().lower() in _PLAIN:
                    other = None  # "... in terms of structure and benefits to plants"
            listed = without_passive(listed)
            head, *owned = AND_ITS.split(listed, maxsplit=1)  # "types of steel and their uses",
            if owned and (asks_kinds(head) or leads_with_aspect(owned[0])):
                listed = head  # "X and Y and their roles": aspects ("and their children": a name)
            back = _BACKREF.match(listed.strip())
            first = back.group("lead") if back else _subject_of_verb(text, m, listed, other)
            listed_names = names_in(first) or topic_before_versus(first, m.group(0))
            others: list[str] = []
            names = [  # "X and other Ys": the others, as one group, are the last name
                n
                for i, n in enumerate(listed_names)
                if not VAGUE.match(n) or (i and i == len(listed_names) - 1 and OTHERS.match(n))
            ][: 1 if back else None]
            if other is None:  # "How do males and females perform differently?"
                names = before_verb(names)
            elif other:  # "How does integrity vs. despair relate to aging?"
                other = before_verb([other])[0]
            if other and other.strip().lower() in ("that", "those"):
                tail = _AFTER_THAT.match(text, m.end("b"))  # "those on the Western Front"
                other = f"{other} {tail.group(1)} {tail.group(2)}" if tail else other
            if other and len(names) == 1:
                names[0], other = compared_in(names[0], other)
                names[0] = owned_lead(names[0], other)
            if other and names and (owner := owner_of_aspects(names[-1], other)):
                names = [owner]  # "the speed and precision of CNC lathes with mechanical lathes"
            owners = possessors(names[0], other) if other and len(names) == 1 else None
            if owners:
                return Question(tuple(owners), True)
            if other and names and (len(names) == 1 or " of " in names[-1]) and ELIDED.match(other):
                names = elided(names[-1], other)  # "the melting and boiling points of X"
                if len(names) >= 2:
                    return Question(tuple(dict.fromkeys(names)), True)
            elif other:
                others = [n for n in names_in(other) if not VAGUE.match(n) or OTHERS.match(n)]
                names += others
            owned_end = _OWNED_END.search(listed)
            if owned_end and names[: len(names) - len(others)] not in ([], [owned_end["owned"]]):
                owned_end = None  # the first side names more than what "its" owns
            if VAGUE.match(listed.strip()):
                # "how does it differ from Y" / "how do they differ": X is named earlier
                names = _names_before(text, m.start()) + names
            elif owned_end and (named := _names_before(text, m.start("a") + owned_end.start())):
                names = named + others  # "How is Excel used ..., and what are its limitations"
            names = versus(names, m.group(0))
            # the other side's "of" tail is its own ("the Enlightenment from the Age of Reason")
            one_list = len(names) == len(others) or not others
            names = shared_tail(of_aspects(names), one_list=one_list)
            names = parallel_tail(names, text[m.end("b" if m.groupdict().get("b") else "a") :])
            if len(names) >= 2:
                return Question(tuple(dict.fromkeys(names)), True)
    weighed = weighing(text)
    rest = text[weighed.end() :] if weighed else ""
    names = coordinated(rest) if rest else []
    if names and _ARTICLES.sub("", rest).lower().startswith(names[0].lower()):
        # "the pros and cons of X and Y" weighs the two: a comparison of them (and not of
        # what follows: "... of INFPs, focusing on A and B")
        return Question(tuple(dict.fromkeys(names)), True)
    # The weighing phrase's own "and" ("benefits and drawbacks") lists no names.
    asked = text[: weighed.start()] + rest if weighed else text
    head = before_acting_verb(asked)  # "How do A and B impact X and Y?": A and B
    names = coordinated(head) if head else []
    if not names and not (head and _VARIED.search(head)):
        names = coordinated(asked)  # "How did historical context shape A and B?": A and B
    if names and compares:  # "the key differences in the urban planning of Kahun and Amarna"
        tails = shared_tail(names)  # (not "the types and causes of mutations": aspects)
        names = names if any(is_aspect(n) for n in tails) else tails
    if names and not kinds_asked_around(text, names):
        return Question(tuple(dict.fromkeys(names)), compares, coordinated=not compares)
    return Question((), compares)


# "How do cultural differences impact diagnosis and treatment?": what the verb acts on is not
# compared when its subject is what varies (differences, different cultures, various types).
_VARIED = re.compile(r"\b(?:differences|different|various)\b", re.IGNORECASE)


def _subject_of_verb(text: str, m: re.Match[str], listed: str, other: str | None) -> str:
    """ "How does ice affect its density compared to liquid water?": after "does" the compared
    name is the verb's subject (ice, with water; "How do males and females perform ..." without
    a second name), not what its verb acts on; unless what it acts on ends in the other name's
    head noun ("How do SVMs handle two-dimensional data differently from one-dimensional
    data?": the data are compared). Not before "vs", whose name is the words just before it
    ("How does the novel address reality vs. imagination?")."""
    aux = AUXILIARY.search(text, 0, m.end("a"))
    if aux is None or VERSUS_WORD.search(m.group(0)):
        return listed
    lead = listed[: max(0, aux.end() - m.start("a"))]  # the pattern's name may open the question
    words = listed[len(lead) :].split()
    for i in range(1, len(words) - 1):
        if (
            BARE_VERB.match(words[i])
            and not NOT_BEFORE_VERB.match(words[i - 1])
            and not NO_OBJECT.match(words[i + 1])
        ):
            acted_on, heads = tokens(" ".join(words[i + 1 :])), tokens(other or "")
            if acted_on and heads and acted_on[-1] == heads[-1]:
                return lead + " ".join(words[i + 1 :])
            return lead + " ".join(words[:i])
    return listed


_ARTICLES = re.compile(r"^\s*(?:(?:the|a|an|using)\s+)*", re.IGNORECASE)


# "Define homeostasis and explain how it differs from hemostasis": "it" is the defined name.
_BACKREF = re.compile(
    r"^(?:(?:define|describe|explain|discuss)\s+)?(?P<lead>.+?),?\s+and\s+"
    r"(?:(?:explain|describe|discuss)\s+)?(?:how|why)\s+(?:it|they)$",
    re.IGNORECASE,
)
_AFTER_THAT = phrase_after("in|on|for|at|among|with")


# "..., and what are its limitations" compared to Y: the limitations of a thing named before.
_OWNED_END = re.compile(r"\b(?:its|their)\s+(?P<owned>[\w-]+(?:\s+[\w-]+)?)$", re.IGNORECASE)


def _names_before(text: str, end: int) -> list[str]:
    """The names of a comparison whose verb refers back ("What is X, and how does it differ
    from Y?", "What are the A and B traditions, and how do they differ?")."""
    head = text[:end]
    names = coordinated(head)
    if names:
        return names
    m2 = WHAT_IS.search(head)
    if m2 is None:
        return []
    asked = m2.group(0).rstrip(" ,").removesuffix(" and").rstrip(" ,")
    passive = without_passive(asked)  # "How is the case fatality rate calculated": the rate
    return names_in(passive if passive != asked else m2.group("a"))[:1]
