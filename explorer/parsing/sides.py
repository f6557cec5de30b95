"""One subject per compared name, once the article is read.

A two-way question ("What are the key differences between ionic and covalent bonds?") often
gets sections that name one side several times: "Ionic Bonds", then "Ionic Compounds"; or
"Advantages of Packet Switching" and "Disadvantages of Packet Switching" for each side. Read
one by one they are four subjects; they are two, and the later names are groups of each
side's attributes ("Compounds > Melting Point", "Advantages > Cost"), so the rows line up.

The names are merged only when the structure says so plainly, and left as read otherwise:

* each side named more than once opens with that compared name itself, and its later names
  open or end with the side's words, its own first word among them ("Prokaryotic DNA", then
  "Prokaryotic Cells"; not "Hydrostatic Pressure", then "Oncotic Pressure"); where such a
  name only labels the side in an attribute's row, it is just another word for the side and
  makes no group (``1. **Fuel Use**:`` over ``- **Manual Transmission**:``), unless it is a
  part of the side in a row the side is not named in ("mRNA (Messenger RNA)" beside "tRNA"
  under ``2. **Types of RNA**:``, read as "Types of RNA > mRNA (Messenger RNA)"); or
* no name is the side itself, but two or more sides are named alike: the same groups
  ("Advantages", "Disadvantages") of each side's same words ("Packet Switching"), or of a
  name that is that side's alone ("Advantages of Studying in Public Spaces"); or
* one side alone is named more than once, each time as a group of or for the whole compared
  name ("Definition of Exclusive-Or (XOR)", "Truth Table for Exclusive-Or"), the group the
  other sides are named by too ("Definition of Regular Disjunction") being no group;

and never for "the others" of "X compared to other Ys" (several things), the halves of
"UNIX/Linux" (each is a side), or a name half of whose attributes name another side (a misread
"Function" section holding "DNA: ..." and "RNA: ..."; a row the sides share may name one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from explorer.model import Claim
from explorer.parsing.entries import grouped
from explorer.parsing.names import Matcher, core_name, names_the_others
from explorer.parsing.side_rows import Into, Merge, misread, row_labels, rows_of
from explorer.parsing.state import State
from explorer.parsing.words import capitalized


def by_side(anchored: list[str], hits: dict[str, tuple[int, ...]]) -> dict[int, list[str]]:
    """``anchored`` by the one compared name each is tied to (``hits``), in order."""
    sides: dict[int, list[str]] = {}
    for s in anchored:
        sides.setdefault(hits[s][0], []).append(s)
    return sides


def one_per_side(state: State, anchored: list[str], hits: dict[str, tuple[int, ...]]) -> list[str]:
    """``anchored`` (each tied to one compared name, as ``hits`` says) with the names of a
    side merged into one subject; their statements are moved in ``state``."""
    anchors = state.names.anchors
    assert anchors is not None
    sides = by_side(anchored, hits)
    several = {side: those for side, those in sides.items() if len(those) > 1}
    if not several or any(
        names_the_others(anchors.names[side]) or "/" in anchors.names[side] for side in several
    ):
        return anchored
    labels, paired = row_labels(state, {s: hits[s][0] for s in anchored})
    into = (
        _under_first(several, anchors, labels, rows_of(state))
        or _in_rows(several, anchors, paired)
        or _alike(several, anchors)
        or _groups_of_one(several, anchors, anchored)
        or _kinds_of_each(several, anchors, len(sides))
    )
    if not into:
        return anchored
    if misread(state, into, hits):
        return anchored
    for s, merge in into.items():
        state.subject_lines.setdefault(merge.main, state.subject_lines.get(s, 0))
    state.claims = [_moved(c, into) for c in state.claims]
    for s, merge in into.items():
        if s in state.summary:
            state.add_summary(merge.main, state.summary.pop(s), state.subject_lines.get(s, 0))
    state.summary_claims = [c for c in state.summary_claims if c.subject not in into]
    return list(dict.fromkeys(into[s].main if s in into else s for s in anchored))


def _under_first(
    several: dict[int, list[str]], anchors: Matcher, labels: set[str], rows: dict[str, set[str]]
) -> Into | None:
    """Each side opens with its own name, or with one holding a word the question does not
    use and is named as itself later ("Prokaryotic DNA", then "Prokaryotic Cells"); its other
    names are its groups, or, where they only label the side in an attribute's row
    (``labels``), other words for it, or the side's parts in rows it is not named in itself
    ("mRNA (Messenger RNA)" in ``1. **Types of RNA**:``, beside "tRNA", read as "Types of
    RNA > mRNA (Messenger RNA)")."""
    into: Into = {}
    for side, those in several.items():
        main = those[0] if anchors.named(those[0]) == side else None
        if main is None and not anchors.asked_words(those[0]):  # "Prokaryotic DNA" first
            main = next((s for s in those[1:] if anchors.named(s) == side), None)
        if main is None:
            return None
        for s in those:
            if s == main:
                continue
            group = anchors.group_of(s, side, main)
            apart = _rows_apart(s, main, rows) if s in labels else set()
            if apart and _beside_another(apart, s, main, those, rows):
                into[s] = Merge(main, s, in_row=True)
            elif s in labels and (group is not None or anchors.named(s) == side):
                into[s] = Merge(main, None)
            elif apart and anchors.which(s) == (side,):
                into[s] = Merge(main, s, in_row=True)
            elif group is None:
                return None
            else:
                into[s] = Merge(main, group)
    return into


def _rows_apart(name: str, main: str, rows: dict[str, set[str]]) -> set[str]:
    """The rows ``name`` labels when the side is named in none of them itself (``2. **Types
    of RNA**:`` over "- **mRNA**:"): where it is a part of the side; else none."""
    own = rows.get(name, set())
    return own if own.isdisjoint(rows.get(main, ())) else set()


def _beside_another(
    apart: set[str], name: str, main: str, those: list[str], rows: dict[str, set[str]]
) -> bool:
    """Another of the side's names labels one of those rows too ("Green Tea" and "Black Tea"
    under ``2. **Kinds of Tea**:``): both are the side's parts there."""
    return any(not apart.isdisjoint(rows.get(t, ())) for t in those if t not in (name, main))


def _in_rows(several: dict[int, list[str]], anchors: Matcher, labels: set[str]) -> Into | None:
    """Every name of each side only labels it in rows the other sides share, and each is
    the side's words, or opens with its own word ("Babylonian Mathematics", "Babylonian
    Approach" for the "Babylonian" of "the Babylonian and Greek approaches"): one subject,
    under its first name. (Less than that merged aspects: "Hormonal Functions" into
    "Functional Groups", "Mathematical Explanations" into "Verbal Explanations".)"""
    into: Into = {}
    for side, (main, *rest) in several.items():
        for s in (main, *rest):
            if s not in labels or not (
                anchors.named(s) == side
                or (anchors.side_part(s, side) and anchors.which(s.split()[0]) == (side,))
            ):
                return None
        into.update((s, Merge(main)) for s in rest)
    return into


def _alike(several: dict[int, list[str]], anchors: Matcher) -> Into | None:
    """Two or more sides, each named only as the same groups of its own same words: read
    as the side's words it opens or ends with, or else as "Group of <the side>" ("Advantages
    of Manual Attendance Tracking Systems", where the question shares out only "tracking
    systems"; "... of Studying in Public Spaces", where "studying" is left out)."""
    if len(several) < 2:
        return None
    return _alike_as(several, anchors, anchors.side_part, True) or _alike_as(
        several, anchors, lambda s, side: _group_of_side(s, side, anchors), False
    )


def _group_of_side(name: str, side: int, anchors: Matcher) -> tuple[str, str] | None:
    group, of, rest = name.partition(" of ")
    return (rest, group) if of and group and anchors.which(rest) == (side,) else None


def _alike_as(
    several: dict[int, list[str]],
    anchors: Matcher,
    part_of: Callable[[str, int], tuple[str, str] | None],
    named: bool,
) -> Into | None:
    into: Into = {}
    groups: set[frozenset[str]] = set()
    for side, those in several.items():
        parts = [part_of(s, side) for s in those]
        if any(p is None for p in parts):
            return None
        found = [p for p in parts if p is not None]
        main = found[0][0]
        if (named and anchors.named(main) != side) or any(
            p[0].casefold() != main.casefold() for p in found
        ):
            return None
        groups.add(frozenset(p[1].casefold() for p in found))
        into.update((s, Merge(main, p[1])) for s, p in zip(those, found, strict=True))
    return into if len(groups) == 1 else None


def _groups_of_one(
    several: dict[int, list[str]], anchors: Matcher, anchored: list[str]
) -> Into | None:
    """The one side named more than once, each time as a group of it ("Definition of
    Exclusive-Or (XOR)", "Truth Table for Exclusive-Or" beside "Definition of Regular
    Disjunction (OR)"): one subject, the side as its first name says it, with those groups,
    but for a group the other sides are named by too ("Definition"), whose rows they share;
    those others are then named by their side's words ("Regular Disjunction (OR)")."""
    if len(several) != 1:
        return None
    ((side, those),) = several.items()
    parts = [_group_for(s, side, anchors) for s in those]
    found = [p for p in parts if p is not None]
    if len(found) < len(parts):
        return None
    main = found[0][0]
    theirs = {
        m["group"].casefold() for s in anchored if s not in those and (m := _GROUP_FOR.match(s))
    }
    into: Into = {
        s: Merge(main, None if group.casefold() in theirs else group)
        for s, (_, group) in zip(those, found, strict=True)
    }
    for s in anchored:  # the others by the side's own words too ("Vacuum" beside "Medium")
        hit = anchors.which(s)
        other = _group_for(s, hit[0], anchors) if s not in those and len(hit) == 1 else None
        if other is not None and other[1].casefold() in theirs:
            into[s] = Merge(other[0], None)
    return into


def _kinds_of_each(several: dict[int, list[str]], anchors: Matcher, sides: int) -> Into | None:
    """Every side named only by its kinds, each its own word before the side's ("Surface
    Weather" and "Upper-Air Weather" beside "Regional Climate" and "Global Climate" for
    "weather and climate"): one subject per side, under the question's name for it, each kind
    one of its attributes."""
    if len(several) < 2 or len(several) != sides:
        return None
    into: Into = {}
    for side, those in several.items():
        main = capitalized(anchors.names[side])
        for s in those:
            parts = anchors.side_part(s, side)
            if parts is None or anchors.named(s) == side or not core_name(s).endswith(parts[0]):
                return None
            into[s] = Merge(main, core_name(s))
    return into


def _group_for(name: str, side: int, anchors: Matcher) -> tuple[str, str] | None:
    """("Exclusive-Or", "Truth Table") for "Truth Table for Exclusive-Or" of that side: what
    follows says the whole compared name, and the group names no side."""
    m = _GROUP_FOR.match(name)
    if m is None or anchors.named(m["rest"]) != side or anchors.which(m["group"]):
        return None
    said = set(_WORD.findall(m["rest"].casefold()))
    if not set(_WORD.findall(anchors.names[side].casefold())) - _ARTICLES <= said:
        return None  # "Quality of Content" says only a word of the side
    return m["rest"], m["group"]


_WORD = re.compile(r"[\w-]+")
_ARTICLES = frozenset({"the", "a", "an"})
_GROUP_FOR = re.compile(r"^(?P<group>\S.*?)\s+(?:of|for|in)\s+(?:(?:the|a|an)\s+)?(?P<rest>\S.*)$")


def _moved(claim: Claim, into: Into) -> Claim:
    if claim.subject not in into:
        return claim
    main, group, in_row = into[claim.subject]
    if group is None:
        return replace(claim, subject=main)
    if in_row and claim.attribute:  # a part in its row: "Types of RNA > mRNA"
        return replace(claim, subject=main, attribute=grouped(claim.attribute, group))
    return replace(claim, subject=main, attribute=grouped(group, claim.attribute), kind="attribute")
