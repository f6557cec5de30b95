"""Which of the names read as subjects are subjects, decided once the whole article is read.

The walk takes any heading, bold paragraph or bold item that holds statements for a group, so
an opening "Importance of Data Types", a how-to's "Step 3: Install MySQL" or a "General
Considerations" section reads like one more subject. The question settles it:

* it names what it compares and the structure carries two or more of those names: those are
  the subjects, and the other groups' statements are key points about them all;
* it names what it compares but the structure does not carry them (prose, or headings that
  name aspects): each statement goes to the one compared name it mentions, and the article
  says plainly when no statement could be tied to one;
* it compares without naming ("What are the types of X?", "... and how do they differ?"): the
  structure decides, steps and sections named by an aspect ("Importance of X") excepted
  (:mod:`.members`);
* it asks for no comparison at all ("How do you install MySQL?", "What are the key features
  of X?"): not a comparison, whatever its headings look like;
* it asks nothing (a title such as "Two tools", or none): the structure decides, when two or
  more groups give values for one same attribute.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from explorer.model import Claim, ClaimKind
from explorer.parsing.aspects import answers_second_matter, asks_second_matter, opens_with_aspect
from explorer.parsing.entries import grouped
from explorer.parsing.inline import split_label
from explorer.parsing.leads import with_shared_head
from explorer.parsing.markdown import Para
from explorer.parsing.members import members_asked_for, side_by_side
from explorer.parsing.names import Matcher
from explorer.parsing.question import Question
from explorer.parsing.rows import labelled_rows, row_names
from explorer.parsing.sentences import split_by_mention
from explorer.parsing.sides import by_side, one_per_side
from explorer.parsing.state import State
from explorer.parsing.words import capitalized

_STEP = re.compile(
    r"^(?:step|phase|stage)\s*\d+\b|^\d+\s*[.):-]\s*step\b"
    r"|^(?:the\s+)?steps?\s+(?:to|for|in|of|involved)\b|^how\s+to\b",  # "Steps to Calculate X"
    re.IGNORECASE,
)


def settle(
    state: State, asked: Question, intro: list[Para], conclusion: list[Para], question: str = ""
) -> tuple[list[Para], list[Para]]:
    """Keep the subjects the question and structure agree on; the rest become key points.

    Returns the intro and the conclusion: when the structure names no subjects, the opening
    paragraphs after the first one, and the closing ones before the last, that are about one
    compared name each ("**Goals** are broad ...", "**Objectives**, on the other hand, ...")
    are that name's points."""
    names = state.names
    anchors = names.anchors
    # "Step 3: Install MySQL", "Steps to Calculate X" are steps, not subjects; "Stage 1" is one
    # when it is compared.
    subjects = [s for s in names.subjects if not _STEP.match(s) or (anchors and anchors.which(s))]
    if anchors is not None:
        hits = _joint_sides(anchors.apart(subjects), anchors)
        anchored = [s for s in subjects if len(hits[s]) == 1]
        if len({hits[s][0] for s in anchored}) >= 2 and (
            not asked.coordinated or side_by_side(state, anchored)
        ):
            sides = one_per_side(state, anchored, hits)
            # "Role of Lymph in the Body" under "..., and what is its role in the body?", left
            # beside "Lymph" (not one of its groups), answers the second matter: key points
            rest = [s for s in sides if not _second_matter(s, question)]
            _keep(state, rest if len(rest) >= 2 else sides)
        elif asked.coordinated:  # a plain "X and Y" the structure does not confirm
            _keep(state, [])
        else:
            return _by_mention(state, anchored, hits, intro, conclusion)
    elif asked.compares:
        members = members_asked_for(state, subjects, asked, question)
        _keep(state, members if len(members) >= 2 else [])
    elif len(names.subjects) == 1 or (
        len(names.subjects) >= 2 and (asked.asks or not side_by_side(state, subjects))
    ):
        # A question that asks for no comparison is none, whatever its headings; a title that
        # asks nothing ("Two tools") is one when the groups give values for a shared attribute.
        # One group ("Significance of the Philadelphia Chromosome") compares nothing either
        # way: its statements are the article's points, by their own labels when they are
        # all its points (beside others, under the group's name).
        _keep(state, [], by_group=len(names.subjects) != 1 or bool(state.differences))
    return intro, conclusion


_JOINED = re.compile(r"\s(?:and|&)\s|/")


def _joint_sides(hits: dict[str, tuple[int, ...]], anchors: Matcher) -> dict[str, tuple[int, ...]]:
    """ "Monocytes and Macrophages" under "How do monocytes and macrophages differ from
    neutrophils and eosinophils?": a name that opens with a compared name and joins others no
    other name is tied to speaks for them together, as one side (the first of them); not
    "Comparison with Tuples and Sets" or "Interaction Between Genotype and Phenotype"."""
    alone = {h[0] for h in hits.values() if len(h) == 1}
    joint = {
        n
        for n, h in hits.items()
        if len(h) > 1 and _JOINED.search(n) and anchors.which(n.split()[0])
    }
    alike = Counter(hits[n] for n in joint)  # two joint names for the same sides: neither
    return {
        n: h[:1] if n in joint and alike[h] == 1 and alone.isdisjoint(h) else h
        for n, h in hits.items()
    }


def _on_side(c: Claim, side: int, groups: int, display: list[str]) -> Claim:
    """A claim of a group the structure names for one compared side: that side's, under its
    display name; where several groups name one side ("Horizontal Equity" and "Vertical
    Equity" for "equity") each is one of its attributes, not its name. The one group that
    only speaks of a side ("Sprain Grading") is the attribute of what it says unlabelled."""
    if groups == 1:
        own_name = (c.subject or "").casefold() == display[side].casefold()
        attribute = c.attribute or (None if own_name else c.subject)
        kind = c.kind if attribute == c.attribute else "attribute"
        return replace(c, subject=display[side], attribute=attribute, kind=kind)
    return replace(
        c, subject=display[side], attribute=grouped(c.subject or "", c.attribute), kind="attribute"
    )


def _second_matter(name: str, question: str) -> bool:
    return (
        opens_with_aspect(name) and answers_second_matter(name, question)
    ) or asks_second_matter(name, question)


def _keep(state: State, subjects: list[str], *, by_group: bool = True) -> None:
    """Only ``subjects`` remain; every other subject's statements become key points (under
    their group's name, unless ``by_group`` is off), but for those whose label names a
    subject that remains: that subject's value in the row the dropped group names."""
    if subjects == state.names.subjects:
        return
    kept = set(subjects)
    claims: list[Claim] = []
    points: list[Claim] = []
    for c in state.claims:
        (claims if c.subject in kept else points).append(c)
    summaries = [c for c in state.summary_claims if c.subject in kept]
    points += [c for c in state.summary_claims if c.subject not in kept]
    state.summary_claims = summaries
    state.summary = {s: text for s, text in state.summary.items() if s in kept}
    state.names.retain(subjects)
    rest = []
    for c in points:  # "### Load Paths" over "- **Beam**: ...": that subject's value in a row
        subject = state.names.resolve(_named_by(c)) if kept and c.subject else None
        if subject is None:
            rest.append(_as_point(c, by_group=by_group))
        else:
            claims.append(replace(c, subject=subject, attribute=c.subject, kind="attribute"))
    state.claims = sorted(claims, key=lambda c: c.line) if len(rest) < len(points) else claims
    state.differences = sorted([*state.differences, *rest], key=lambda c: c.line)


# What a sentence that opens with a bold name goes on with: a word of its own ("**Spinal
# Anesthesia** begins working"), not another name ("**Length** and **width** are ...").
_GOES_ON = re.compile(r"(?!(?:and|or|vs|versus)\b)[a-z(]")


def _named_by(claim: Claim) -> str:
    """The name a dropped group's statement is about: its label, or the bold name its
    sentence opens with; "" for none."""
    if claim.attribute:
        return claim.attribute
    lead = split_label(claim.text)
    if lead is None or lead.separated or not _GOES_ON.match(lead.rest):
        return ""
    return lead.name


def _as_point(claim: Claim, *, by_group: bool = True) -> Claim:
    """A statement of a group that is not a subject, kept under that group's name (its own
    label alone without ``by_group``)."""
    group = claim.subject
    attribute = claim.attribute
    if group and attribute and attribute != group and by_group:
        # read across ("### Role of Bonds" over "- **Formation**: ..."), the heading leads
        across = attribute == claim.section
        attribute = grouped(attribute, group) if across else grouped(group, attribute)
    return Claim(None, attribute or group, claim.text, claim.line, "difference", group)


def _by_mention(
    state: State,
    anchored: list[str],
    hits: dict[str, tuple[int, ...]],
    intro: list[Para],
    conclusion: list[Para],
) -> tuple[list[Para], list[Para]]:
    """Prose (or aspect headings): each sentence goes to the compared name it is about."""
    anchors = state.names.anchors
    assert anchors is not None
    said = [c.text for c in (*state.claims, *state.differences)] + [p.raw for p in intro]
    display = with_shared_head(list(anchors.names), " ".join(said))  # "strong" -> "Strong acids"
    statements = [*state.claims, *state.differences]
    rows = labelled_rows([c for c in statements if c.subject not in anchored], anchors)
    # the structure's own name for a compared name, when it has one: a subject's, or the one
    # label it has in every row ("- **Ventral**:" for "dorsal and ventral directional terms")
    for side, label in row_names(statements, rows).items():
        if anchors.named(label) == side:  # the name itself, not "Hydrophobic Nature of Lipids"
            display[side] = label
    sides = by_side(anchored, hits)
    for side, named in sides.items():  # two groups for one side ("Horizontal Equity" and
        # "Vertical Equity" for "equity") are its parts, not its name; nor is a group that
        # only speaks of it ("Serum Tumor Markers" for "a testicular tumor")
        if len(named) == 1 and anchors.named(named[0]) == side:
            display[side] = named[0]
    display = [capitalized(d) for d in display]
    claims: list[Claim] = []
    rest: list[Claim] = []
    for c in statements:
        if c.subject in anchored:
            side = hits[c.subject][0]
            claims.append(_on_side(c, side, len(sides[side]), display))
            continue
        labelled = rows.get(id(c))
        if labelled is not None:  # "1. **Definition**:" over "- **Tension**: ...": a row
            side, row = labelled
            claims.append(replace(c, subject=display[side], attribute=row, kind="attribute"))
            continue
        about, other = split_by_mention(c.text, anchors)
        group = c.subject or c.section
        attribute = (c.attribute if c.subject is None else grouped(c.subject, c.attribute)) or group
        kind: ClaimKind = "attribute" if attribute else "point"
        for i, text in about.items():
            claims.append(replace(c, subject=display[i], attribute=attribute, text=text, kind=kind))
        if other:
            left = replace(c, text=other) if about else c
            rest.append(_as_point(left) if left.subject else left)

    def _points_of(paras: list[Para], stays: Callable[[int, Para], bool]) -> list[Para]:
        """The paragraphs left once those about compared names are their points."""
        kept = []
        for n, para in enumerate(paras):  # "**Goals** are broad ...", "**Objectives**, ..."
            about, other = split_by_mention(para.raw, anchors)
            if not about or stays(n, para):
                kept.append(para)
                continue
            for i, text in about.items():
                claims.append(Claim(display[i], None, text, para.line, "point", None))
            if other:
                rest.append(Claim(None, None, other, para.line, "difference", None))
        return kept

    # The opening stays the intro unless it is all about one name ("Stereoisomerism is ..."
    # before "In contrast, structural isomerism ..."); the closing paragraph stays the
    # conclusion ("**Coding**, on the other hand, ..." before it is Coding's).
    kept_intro = _points_of(intro, lambda n, p: n == 0 and len(anchors.mentions(p.raw)) != 1)
    kept_end = _points_of(conclusion, lambda n, _: n == len(conclusion) - 1)
    if not conclusion and claims:  # all prose: the paragraphs after the last point close it
        last = max(c.line for c in claims)
        kept_intro, kept_end = (
            [p for p in kept_intro if p.line < last],
            [p for p in kept_intro if p.line > last],
        )
    found = [d for d in display if any(c.subject == d for c in claims)]
    if len(found) < 2:
        state.warnings.append(
            "the question compares "
            + ", ".join(repr(d) for d in display)
            + f" but the article ties statements to {len(found)} of them"
        )
        _keep(state, [])
        return intro, conclusion
    state.claims = sorted(claims, key=lambda c: c.line)
    state.differences = sorted(rest, key=lambda c: c.line)
    kept = set(found)
    state.summary = {s: t for s, t in state.summary.items() if s in kept}
    state.summary_claims = [c for c in state.summary_claims if c.subject in kept]
    state.names.retain(found)
    return kept_intro, kept_end
