"""Clusters: sibling groups read together, one way or the other.

Sibling groups (headings, bold paragraphs or bold items at one level) are read

* subject-major: each group is a subject and entry labels are attributes (``### Keras`` +
  ``- **High-Level API**: ...``);
* attribute-major: each group is an attribute and entry labels are subjects
  (``1. **Edge Weight Handling**:`` + ``- **Dijkstra's Algorithm**: ...``).

Which way is decided by the article's own question: the side whose names the question uses
holds the subjects.
"""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.model import ClaimKind
from explorer.parsing.entries import grouped, in_group
from explorer.parsing.state import NAMED, Entry, Group, State

LABELLED_MAJORITY = 0.5
"""Attribute-major needs at least this share of the groups to label two or more statements
(one value per subject); otherwise the labels are each group's own attributes."""


PLAIN_LABEL_WORDS = 3
"""A plain ``Name: value`` line labels a value only when the name is this short (a compared
name, not a lead-in sentence such as "Example of a record in Ada:")."""
_PLAIN_LABEL = re.compile(r"^(?P<name>[^:\n*`$|]{1,60}?):\s+(?P<text>\S.*)$", re.DOTALL)


def read_cluster(groups: list[Group], state: State) -> None:
    """Read the collected sibling groups subject-major or attribute-major."""
    if not groups:
        return
    names = state.names
    if names.anchors is not None:
        groups = [plain_labels(g, state) for g in groups]
    # A label joined to its group ("Benefits > Clarity") is a group's attribute, not a name.
    labels = list(
        dict.fromkeys(e.label for g in groups for e in g.entries if e.label and e.group is None)
    )
    group_scores = [names.relevance(g.name) for g in groups]
    if labels and (
        _labels_hold_subjects(groups, labels, group_scores, state)
        or _one_group_sides(groups, state)
    ):
        for group in groups:
            attribute_major(group, labels, state)
        return
    matching = sum(score >= NAMED for score in group_scores)
    for group, score in zip(groups, group_scores, strict=True):
        if matching >= 2 and score == 0:
            if any(names.resolve(e.label) for e in group.entries if e.label):
                attribute_major(group, labels, state)
                continue
            if all(e.label is None for e in group.entries):
                for e in group.entries:
                    state.difference(group.name, e.text, e.line, group.name)
                continue
        _subject_major(group, state)


def plain_labels(group: Group, state: State) -> Group:
    """``- Ethane: C₂H₆`` (no bold) labels its value as ``- **Ethane**: C₂H₆`` would, when the
    plain name is one the question compares."""
    entries = []
    for e in group.entries:
        m = _PLAIN_LABEL.match(e.text) if e.label is None and ":" in e.text else None
        short = m is not None and len(m["name"].split()) <= PLAIN_LABEL_WORDS
        if m and short and state.names.anchors and state.names.anchors.which(m["name"]):
            entries.append(Entry(m["name"].strip(), m["text"], e.line))
        else:
            entries.append(e)
    return Group(group.name, group.line, tuple(entries), group.parent)


def _labels_hold_subjects(
    groups: list[Group], labels: list[str], group_scores: list[float], state: State
) -> bool:
    """Attribute-major: the question names the entry labels more than the group names,
    and most groups label two or more entries (one value per subject); not when two or more
    groups are themselves compared names (labels that hold a side's name are its kinds)."""
    multi = sum(1 for g in groups if sum(e.label is not None for e in g.entries) >= 2)
    if len(labels) < 2 or multi < LABELLED_MAJORITY * len(groups):  # one label is one side
        return False
    by_group = sum(group_scores) / len(group_scores)
    if by_group >= 1.0:  # the labels cannot score higher: skip scoring them
        return False
    anchors = state.names.anchors
    if anchors and len({anchors.named(g.name) for g in groups} - {None}) >= 2:
        return False  # "### Reliability" over "1. **Test-Retest Reliability**:": groups are sides
    by_label = _mean_unless_below(labels, max(by_group, NAMED), state)
    return by_label is not None and by_label > by_group and by_label >= NAMED


def _one_group_sides(groups: list[Group], state: State) -> bool:
    """Attribute-major though most groups hold only sentences: one group labels its entries
    with two or more of the compared names ("1. **Purpose**:" over "- **Special Stains**:"
    and "- **H&E Staining**:", then "2. **Range of Stains**:" over plain sentences), while
    other groups only speak of the sides ("Range of Stains", "Visualization Techniques") and
    none is a compared name itself. The siblings are attributes like the labelled group."""
    anchors = state.names.anchors
    if anchors is None or state.coordinated or len(groups) < 2:
        return False
    if any(anchors.named(g.name) is not None for g in groups):
        return False
    speaking = [(g, h[0]) for g in groups if len(h := anchors.which(g.name)) == 1]
    if len({side for _, side in speaking}) < 2:  # the groups would not be read as the sides
        return False
    if any(anchors.holds_only(g.name, side) for g, side in speaking):
        return False  # "### Keras Overview": the side's own section, named with an aspect
    if any(e.label for g, _ in speaking for e in g.entries):  # "### Hobbes's Conception of
        return False  # Personhood" over "1. **Social Contract**:": a side's own section
    for group in groups:
        labels = [e.label for e in group.entries if e.label and e.group is None]
        sides = {h[0] for h in map(anchors.which, labels) if len(h) == 1}
        if len(sides) >= 2 and any(anchors.named(label) is not None for label in labels):
            return True
    return False


def _mean_unless_below(labels: list[str], floor: float, state: State) -> float | None:
    """The labels' mean relevance, or None as soon as it cannot reach ``floor``.

    Scoring a label is the costly part of reading loose statements, and a score is at most
    1.0: once the labels scored so far, with every remaining one at 1.0, stay under the
    floor, the rest cannot change the answer. Otherwise the mean is the plain one (the scores
    are memoised, so asking again costs nothing and the arithmetic is exactly the same).
    """
    names = state.names
    need = floor * len(labels) - 1e-9  # a margin far above float error, far below a score
    total = 0.0
    for done, label in enumerate(labels, start=1):
        total += names.relevance(label)
        if total + (len(labels) - done) < need:
            return None
    return names.mean_relevance(labels)


def _subject_major(group: Group, state: State) -> None:
    """The group is one subject; its entry labels are that subject's attributes."""
    names = state.names
    own_heading = group.parent is None  # not a name that only refers to a subject
    known = names.resolve_exact(group.name) if own_heading else names.resolve(group.name)
    if known and known == group.name and own_heading:
        first = state.subject_lines.get(known)
        state.warnings.append(
            f"subject {known!r} appears more than once (lines {first} and {group.line}); "
            "its sections were merged"
        )
    subject = state.subject(group.name, group.line, exact=own_heading)
    if subject is None:
        return
    # Points under a group that only *refers* to a subject ("Use NoSQL Databases When")
    # are about the container's topic ("When to Use Each").
    topic = group.parent if subject != group.name else None
    for e in _with_parts(group.entries):
        attribute = e.label or topic
        kind: ClaimKind = "attribute" if attribute else "point"
        heading = group.parent if e.label or not attribute else None
        state.claim(subject, attribute, e, kind, group.name, heading)


def _with_parts(entries: tuple[Entry, ...]) -> list[Entry]:
    """A subject's entries, each labelled item with labelled items nested under it read as a
    group of attributes: ``- **Characteristics**:`` over ``- **Speed**: ...`` is the attribute
    ``Characteristics > Speed`` (its own text, if any, is ``Characteristics``)."""
    out: list[Entry] = []
    for e in entries:
        if not e.parts or e.label is None or e.group is not None:
            out.append(e)
            continue
        out += in_group(e.label, e.parts)
    return out


def attribute_major(group: Group, labels: list[str], state: State) -> None:
    """The group is one attribute; entry labels that name subjects give each one's value."""
    names = state.names
    recurring = {
        label
        for label in labels
        if names.relevance(label) >= NAMED or sum(label == lb for lb in labels) > 1
    }
    # two labels of one subject in a row are its parts there ("Green Tea" and "Black Tea"
    # under "Kinds of Tea" once "Tea" is a subject): "Kinds of Tea > Green Tea"
    known = [names.resolve(e.label) for e in group.entries if e.label and e.group is None]
    shared = {k for k in known if k is not None and known.count(k) > 1}
    for e in group.entries:
        # a label joined to its group ("Benefits > Clarity") names no subject
        if e.label and e.group is None and (e.label in recurring or names.resolve(e.label)):
            for name in _speaks_for(e.label, state):
                subject = state.subject(name, e.line)
                if subject is None:
                    continue
                part = subject in shared and not names.is_own_name(e.label, subject)
                row = grouped(group.name, e.label) if part else group.name
                state.claim(subject, row, e, "attribute", group.name)
        elif e.label and e.group is not None:  # "Benefits > Cost": a row of the group's
            state.difference(grouped(group.name, e.label), e.text, e.line, group.name)
        else:
            text = f"{e.label}: {e.text}" if e.label else e.text
            state.difference(group.name, text, e.line, group.name)


def _speaks_for(label: str, state: State) -> list[str]:
    """The subjects one label gives a value for: itself, or each half of ``UNIX/Linux`` when
    each half is a subject (or a name the question compares) of its own."""
    parts = [p.strip() for p in label.split("/")]
    if len(parts) < 2 or any(not p for p in parts):
        return [label]
    names = state.names
    anchors = names.anchors
    if anchors is not None and len({anchors.which(p) for p in parts}) < len(parts):
        return [label]  # "Unix/Linux" for the one compared name "Unix/Linux operating systems"
    known = [names.resolve_exact(p) or p for p in parts if _is_subject_name(p, state)]
    if len(known) == len(parts) and len(set(known)) == len(known):
        return known
    return [label]


def _is_subject_name(name: str, state: State) -> bool:
    names = state.names
    if names.resolve_exact(name):
        return True
    return names.anchors is not None and len(names.anchors.which(name)) == 1


def read_loose(entries: tuple[Entry, ...], state: State) -> None:
    """Labelled statements under no heading: subjects if the question names them, or asks
    for the members of a set ("What are the types of surrogacy?" + ``1. **Gestational
    Surrogacy**: ...``) and nearly all are labelled; else differences."""
    labels = [e.label for e in entries if e.label]
    members = (
        state.kinds
        and len(set(labels)) >= 2
        and (
            len(labels) >= LABELLED_MAJORITY * len(entries)
            or _longest_labelled_run(entries) >= MEMBERS_RUN
        )
    )
    mean = None if members or not labels else _mean_unless_below(labels, NAMED, state)
    if members or (mean is not None and mean >= NAMED):
        for e in entries:
            if e.label:
                subject = state.subject(e.label, e.line)
                if subject is not None:
                    _subject_item(subject, e, state)
            else:
                state.difference(None, e.text, e.line, None)
        return
    sides = _compared_labels(labels, state)
    for e in entries:
        subject = state.subject(e.label, e.line) if e.label in sides else None
        if subject is not None:
            _subject_item(subject, e, state)
        else:
            state.difference(e.label, e.text, e.line, None)


def _subject_item(subject: str, e: Entry, state: State) -> None:
    """A subject's own item: its text is a point about it, and labelled items under it, when
    that is all it holds, are its attributes ("2. **Non-Euclidean Geometry**: ..." over "-
    **Hyperbolic Geometry**: ...")."""
    for part in e.parts or (replace(e, label=None),):
        state.claim(subject, part.label, part, "attribute" if part.label else "point", None)


MEMBERS_RUN = 3
"""Labelled statements in a row that list the members asked for, however many plain points
follow them ("1. **Preterm**: ...", "2. **Small for Date**: ...", "3. ...", then a list of
the implications)."""


def _longest_labelled_run(entries: tuple[Entry, ...]) -> int:
    longest = run = 0
    for e in entries:
        run = run + 1 if e.label else 0
        longest = max(longest, run)
    return longest


def _compared_labels(labels: list[str], state: State) -> frozenset[str]:
    """The labels that each name one of the question's compared names, when two or more of
    those names are so labelled: ``**Safe States**: ...`` and ``**Swing States**: ...``
    among ``**Campaign Strategies**: ...`` and its points are the two sides, the rest points
    about both. Nothing when fewer than two sides are labelled."""
    anchors = state.names.anchors
    if anchors is None:
        return frozenset()
    sides = {label: hit for label in labels if (hit := anchors.named(label)) is not None}
    return frozenset(sides) if len(set(sides.values())) >= 2 else frozenset()
