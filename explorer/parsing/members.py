"""Which groups are the members a types question asks for, when the question names none.

"What are the types of carbohydrates?" leaves the structure to decide what is compared, but
not every section of a types article is a type: "Importance of Proper Placement" and
"Limitations" name aspects, "Additional Considerations" is an aside, and "Data Collection and
Processing" answers the question's second matter ("..., and how is data collected?"). And the
members are sometimes listed inside the one section that names their kind (``### Types of
Starch`` over ``- **Amylose**:`` and ``- **Amylopectin**:``). Groups are members for sure
when they give values side by side (:func:`side_by_side`, which settling asks of any names).
"""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.parsing.aspects import (
    answers_second_matter,
    is_aspect,
    names_asked_aspect,
    opens_with_aspect,
)
from explorer.parsing.entries import GROUP_SEPARATOR
from explorer.parsing.kinds import kinds_named
from explorer.parsing.question import Question
from explorer.parsing.state import State
from explorer.parsing.words import tokens

# "Additional Considerations", "Considerations for Audience Engagement", "Other Notes",
# "Example Calculation", "Worked Examples", "Practical Applications", "Performance
# Comparison": an aside about (or an illustration of) all the members, not one more.
_ASIDE = re.compile(
    r"^(?:other|additional|further|general|final)\s+(?:considerations|notes|remarks|tips)$"
    r"|^(?:(?:special|key|important)\s+)?considerations\s+(?:for|in|when)\b"
    r"|^(?:an?\s+)?(?:worked\s+)?examples?(?:\s+(?:calculations?|problems?|scenarios?))?$"
    r"|^(?:specific|practical|everyday|clinical|common|notable|further|other)\s+"
    r"(?:examples|applications|uses)$"
    r"|^(?:performance|overall|direct)\s+comparison$"
    r"|^(?:historical|cultural|philosophical|ethical|clinical|theoretical|social)\s+"
    r"(?:context|background|implications|considerations|significance)$"
    r"|^future\s+directions$",
    re.IGNORECASE,
)
# "What is the importance of diacritical marks ..., and what are their main types?"
_THEIR_KINDS = re.compile(
    r"\b(?:their|its)\s+(?:(?:main|major|different|common)\s+)?(?:types|kinds|categories|forms)\b",
    re.IGNORECASE,
)
_FILLER = re.compile(r"^(?:(?:key|main|general|basic|major|important)\s+)+(?=\S)", re.IGNORECASE)
"""Words before an aspect that do not make it a name ("Key Characteristics of Isotopes")."""
_KINDS_OF = re.compile(
    r"^(?:(?:the|main|different|common|major|key)\s+)*(?:types?|kinds?|forms?|classes|"
    r"categories|classifications?|stages|phases)\s+of\b",
    re.IGNORECASE,
)
_STAGES_OF = re.compile(
    r"^(?:(?:the|main|different|key)\s+)*(?:stages|phases)\s+of\b", re.IGNORECASE
)
"""Stages are the members only where no section names the members' kinds."""


def members_asked_for(
    state: State, subjects: list[str], asked: Question, question: str
) -> list[str]:
    """The groups among ``subjects`` that are members (see the module); when fewer than two
    are, or a "Types of X" section names the kinds the question asks for ("What are the types
    of criminal charges and how do they impact individuals?" over ``### Types of Criminal
    Charges`` beside ``### Long-Term Effects of Criminal Charges``), the members listed inside
    that section, whose statements then become theirs in ``state``."""
    if asked.kinds and any(_names_asked_kinds(s, question) for s in subjects):
        listed = _listed_members(state, subjects, question)
        if listed:
            return listed
    members = [
        s
        for s in subjects
        if not (
            opens_with_aspect(_FILLER.sub("", s))  # "Key Characteristics of Isotopes"
            or is_aspect(s)
            or _ASIDE.match(s)
            or (asked.kinds and answers_second_matter(s, question))
        )
    ]
    # Sections named by what the question compares *in* go when members remain: when none
    # would, the article is laid out by those aspects, and its table still reads transposed.
    kept = [s for s in members if not names_asked_aspect(s, question)]
    members = kept if len(kept) >= 2 else members
    if len(members) < 2 and asked.kinds:
        return _listed_members(state, subjects, question) or members
    # Fewer members than aspects and asides, and nothing they give values for side by side:
    # the article is laid out by aspect ("Performance Metrics", "Energy Efficiency", "Future
    # Directions"), and the two sections left ("Benchmarking and Workloads", "Architectural
    # Innovations") are more of its points.
    if len(members) * 2 < len(subjects) and not side_by_side(state, members):
        return []
    return members


def _names_asked_kinds(name: str, question: str) -> bool:
    """ "Types of Criminal Charges" under "What are the types of criminal charges ...?": the
    section's kind opens with the word after the question's "types of", and its other words
    are in the question too, by their first five letters ("Types of Materials Transported by
    Endocytosis" under "... the types of materials it transports"; not "Types of
    Endocytosis")."""
    m = _KINDS_OF.match(name)
    kind = tokens(name[m.end() :]) if m else ()
    if not kind:
        return False
    asked = [w[:5] for w in tokens(question)]
    named = any(k[:1] == kind[:1] for k in kinds_named(question)) or _THEIR_KINDS.search(question)
    return bool(named) and all(w[:5] in asked for w in kind)


def _listed_members(state: State, subjects: list[str], question: str) -> list[str]:
    """The labels under the one section that names the members' kind, each label's statement
    becoming its member's (an empty list when there is no such list). A label with labelled
    items nested under it (``- **Hydraulic Actuators**:`` over ``- **Use**: ...``, read as
    the attribute ``Hydraulic Actuators > Use``) is a member with those attributes; a group
    that names an aspect (``Advantages > Cost``) is none."""
    kinds = [s for s in subjects if _KINDS_OF.match(s)]
    asked = [s for s in kinds if _names_asked_kinds(s, question)]
    if len(kinds) > 1 and len(asked) == 1:  # beside "Classification of Criminal Offenses"
        kinds = asked
    elif len(kinds) > 1:  # "Types of Social Movements" beside "Stages of Social Movements"
        kinds = [s for s in kinds if not _STAGES_OF.match(s)]
    if len(kinds) != 1:
        return []
    split: dict[str, tuple[str, str | None]] = {}
    for c in state.claims:
        if c.subject == kinds[0] and c.attribute and c.attribute not in split:
            parts = _member_and_attribute(c.attribute)
            if parts is not None:
                split[c.attribute] = parts
    listed = list(dict.fromkeys(member for member, _ in split.values()))
    if len(listed) < 2:
        return []
    for i, c in enumerate(state.claims):
        if c.subject == kinds[0] and c.attribute in split:
            member, attribute = split[c.attribute]
            kind = c.kind if attribute else "point"
            state.claims[i] = replace(c, subject=member, attribute=attribute, kind=kind)
    return listed


def _member_and_attribute(label: str) -> tuple[str, str | None] | None:
    """A label under a kinds section as (member, its attribute), or None for an aspect's group."""
    head, sep, tail = label.partition(GROUP_SEPARATOR)
    if not sep:
        return head, None
    return None if is_aspect(head) or opens_with_aspect(head) else (head, tail)


def side_by_side(state: State, subjects: list[str]) -> bool:
    """Two or more subjects give values for one same attribute, or fill one same group with
    their own items ("Data Collection > Interviews", "Data Collection > Surveys"): the
    structure compares them (a plain "X and Y" in a question that asks for no comparison
    needs this much)."""
    if sum(s in state.summary for s in subjects) >= 2:  # a line each in a summary compares them
        return True
    seen: dict[str, set[str]] = {}
    for c in state.claims:
        if c.subject in subjects and c.attribute:
            row = c.attribute.partition(GROUP_SEPARATOR)[0]
            seen.setdefault(row.casefold(), set()).add(c.subject)
    return any(len(s) >= 2 for s in seen.values())
