"""How subjects are shown: without a lead they all share, with a head noun the question elided.

"Characteristics of Progressive Taxes" and "Characteristics of Regressive Taxes", "Primary
Structure of DNA" and "Primary Structure of RNA": the headings repeat the aspect the whole
article is about, and the columns of a side-by-side table would all open with it. Once the
subjects are settled, a lead every subject shares, naming an aspect and ending in "of", "in"
or "for", is left out of their names ("Progressive Taxes", "Regressive Taxes"); the question
still says the aspect. A lead that is part of the names stays ("Law of Sines", "Conservation
of Mass"). One side's own aspect lead goes too, when what follows it is the compared name on
its own: "Key Characteristics of Realism" beside "Romanticism" is "Realism", and
"Comparison with the Circulatory System" beside the lymphatic system is "Circulatory System".

The other way round, "How do strong and weak acids differ?" names "strong" and "weak acids":
the first name shares the last one's head noun. Matching lets "strong" find "Strong Acids"
either way; a subject shown by the question's words (a prose article) is shown whole,
"Strong acids", when the article itself says so ("brushwork and color theory" stays).
"""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.model import Claim
from explorer.parsing.aspects import is_aspect
from explorer.parsing.state import State
from explorer.parsing.words import capitalized

_JOINS = frozenset({"of", "in", "for"})
_ARTICLE = re.compile(r"^(?:the|a|an)\s+(?=\S)", re.IGNORECASE)


def shared_lead(subjects: list[str]) -> int:
    """How many leading words every subject shares, up to a joining word after an aspect
    noun (0 when there is no such lead, or when a subject would be left empty or alike
    another)."""
    words = [s.split() for s in subjects]
    if len(subjects) < 2 or len({w[0].casefold() if w else "" for w in words}) != 1:
        return 0  # most articles: the subjects' first words differ
    common = 0
    for column in zip(*words, strict=False):
        if len({w.casefold() for w in column}) != 1:
            break
        common += 1
    while common and words[0][common - 1].casefold() not in _JOINS:
        common -= 1
    rests = {" ".join(w[common:]).casefold() for w in words}
    if common < 2 or not is_aspect(words[0][common - 2]) or len(rests) != len(subjects):
        return 0
    return 0 if "" in rests else common


def drop_shared_lead(state: State) -> None:
    """Rename every subject without the lead they all share (see the module), or, when they
    share none, a compared side's own aspect lead: "Key Characteristics of Realism" beside
    "Romanticism" is the side "Realism" (the question names it so)."""
    subjects = state.names.subjects
    common = shared_lead(subjects)
    if common:
        rests = _without_shared_tail([" ".join(s.split()[common:]) for s in subjects])
        _rename(state, {s: _ARTICLE.sub("", r) for s, r in zip(subjects, rests, strict=True)})
    elif state.names.anchors is not None:
        _rename(state, _without_own_leads(state))


_TAIL_JOINS = frozenset({"on", "in", "for", "to"})


def _without_shared_tail(names: list[str]) -> list[str]:
    """``names`` (each once "Effect of ...") without the "on ..." they all end in: "Higher
    Concentrations on pH" and "Lower Concentrations on pH" are "Higher Concentrations" and
    "Lower Concentrations", what each has an effect on being the article's topic."""
    words = [n.split() for n in names]
    common = 0
    for column in zip(*(reversed(w) for w in words), strict=False):
        if len({w.casefold() for w in column}) != 1:
            break
        common += 1
    while common and words[0][-common].casefold() not in _TAIL_JOINS:
        common -= 1
    rests = [" ".join(w[:-common]) for w in words] if common else names
    if not common or "" in rests or len({r.casefold() for r in rests}) != len(rests):
        return names
    return rests


# An aspect (with its fillers) before "of" and the name it is an aspect of.
_OWN_LEAD = re.compile(
    r"^(?:(?:key|main|primary|defining|unique|general|basic|distinctive|major|common)\s+)*"
    r"(?P<aspect>[\w-]+)\s+of\s+(?:(?:the|a|an)\s+)?(?P<rest>\S.*)$",
    re.IGNORECASE,
)


# "Comparison with the Circulatory System": the section about the side compared with.
_COMPARED_WITH = re.compile(
    r"^(?:comparison|contrast)\s+(?:with|to)\s+(?:(?:the|a|an)\s+)?(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def _without_own_leads(state: State) -> dict[str, str]:
    """Each subject whose name is an aspect of the compared name it stands for, or the
    comparison with it, as that name: what follows the "of" ("with") must name the same side
    on its own."""
    anchors = state.names.anchors
    assert anchors is not None
    subjects = state.names.subjects
    taken = {s.casefold() for s in subjects}
    new: dict[str, str] = {}
    for s in subjects:
        m = _OWN_LEAD.match(s) if " of " in s else None
        if m is None or not is_aspect(m["aspect"]):
            m = _COMPARED_WITH.match(s)
        if m is None:
            continue
        rest = capitalized(m["rest"])
        side = anchors.which(s)
        if len(side) == 1 and anchors.which(rest) == side and rest.casefold() not in taken:
            new[s] = rest
            taken.add(rest.casefold())
    return new


def _rename(state: State, new: dict[str, str]) -> None:
    """Every subject in ``new`` under its new name, in claims, summaries and the namer."""
    if not new:
        return

    def renamed(claim: Claim) -> Claim:
        subject = claim.subject
        return replace(claim, subject=new[subject]) if subject in new else claim

    state.claims = [renamed(c) for c in state.claims]
    state.summary_claims = [renamed(c) for c in state.summary_claims]
    state.summary = {new.get(s, s): text for s, text in state.summary.items()}
    state.names.retain([new.get(s, s) for s in state.names.subjects])


def with_shared_head(names: list[str], text: str) -> list[str]:
    """``names`` with each one-word name before the last given the words after the last one's
    first word, when the article's ``text`` says the name with any tail of them, or their
    start ("Greek" and "Egyptian creation myths" -> "Greek creation myths" when the text says
    "Greek myths" or "Greek creation"). A one-word last name borrows from the first when the
    text says the whole borrowed name: "How does secondary active transport differ from
    primary?" compares it with "primary active transport" (not "the U.S." with "U.S. Korea's
    education system" because the text says "U.S. education system")."""
    if len(names) == 2 and " " not in names[1].strip() and " " in names[0].strip():
        borrowed = f"{names[1]} {names[0].split(None, 1)[1]}"
        said = re.search(rf"\b{re.escape(borrowed)}\b", text, re.IGNORECASE)
        return [names[0], borrowed] if said else names
    return _borrowing_head(names, text)


def _borrowing_head(names: list[str], text: str) -> list[str]:
    """:func:`with_shared_head`, the last of ``names`` lending its head to the one-word ones."""
    last = names[-1].split() if names else []
    if len(names) < 2 or len(last) < 2:
        return names
    shared = " ".join(last[1:])
    # any tail of the shared words, or their start: "Structured Data" says "structured" shares
    # "data elements" (the head of "structured and unstructured data elements")
    parts = {" ".join(last[k:]) for k in range(1, len(last))} | {
        " ".join(last[1:k]) for k in range(2, len(last))
    }
    tails = "|".join(re.escape(t.removesuffix("s")) for t in sorted(parts, key=len, reverse=True))
    own = {w.casefold() for w in last}  # "residence" and "ordinary residence": no head to borrow
    out = []
    for name in names[:-1]:
        said = rf"\b{re.escape(name)}\s+(?:{tails})s?\b"
        single = " " not in name and name.casefold() not in own
        out.append(f"{name} {shared}" if single and re.search(said, text, re.IGNORECASE) else name)
    return [*out, names[-1]]
