"""Attributes as rows the subjects share, once the subjects are settled.

Articles often write a subject's own name into its attributes: "Types of Passive Transport"
and "Types of Active Transport", "**Benefits of Informal Outlining:**" over ``- **Flexibility**:``,
or an attribute-major "Purpose and Use" row whose items read ``Purpose and Use > Bar Graphs``.
Read as written, each subject gets rows of its own and the table lines nothing up. The name is
already the column, so it is dropped from the row: "Types", "Benefits > Flexibility",
"Purpose and Use". Only a subject's own name goes (another subject's stays: "Pace of Marathon
Running" under Sprinting), and only where it is the whole part or the whole tail after "of",
"for" or "in". Rows whose names differ only by case or number ("Brand Name", "Brand Names")
are one row, named as most of its statements name it.

Where the structure does not carry the sides and statements are tied to them by mention,
:func:`labelled_rows` first finds the rows written as labels: ``1. **Definition**:`` over ``-
**Tension**: ...`` and ``- **Compression**: ...`` is each side's value in the Definition row.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from explorer.memo import Memo
from explorer.model import Claim
from explorer.parsing.entries import GROUP_SEPARATOR
from explorer.parsing.names import Matcher
from explorer.parsing.state import State
from explorer.parsing.words import stem

_TAIL = re.compile(r"\s(?:of|for|in)\s+(?:the\s+)?", re.IGNORECASE)


def drop_own_names(state: State) -> None:
    """Every subject claim's attribute without its own subject's name (see the module)."""
    if len(state.names.subjects) < 2:
        return

    own = state.names.is_own_name

    def row(attribute: str, subject: str) -> str | None:
        parts = []
        for part in attribute.split(GROUP_SEPARATOR):
            if own(part, subject):
                continue
            for m in _TAIL.finditer(part):
                if own(part[m.end() :], subject):
                    part = part[: m.start()]
                    break
            parts.append(part)
        return GROUP_SEPARATOR.join(parts) or None

    claims: list[Claim] = []
    for c in state.claims:
        if c.subject is not None and c.attribute:
            attribute = row(c.attribute, c.subject)
            if attribute != c.attribute:
                kind = c.kind if attribute else "point"
                c = replace(c, attribute=attribute, kind=kind)
        claims.append(c)
    state.claims = claims


def join_plural_rows(state: State) -> None:
    """One name for the rows whose names differ only by case or number (see the module)."""
    attributes = [c.attribute for c in state.claims if c.subject is not None and c.attribute]
    distinct = dict.fromkeys(attributes)
    spellings: dict[str, list[str]] = {}
    for attribute in distinct:
        spellings.setdefault(_ROW_KEYS[attribute], []).append(attribute)
    if len(spellings) == len(distinct):
        return  # most articles: every row has one spelling
    counts = Counter(attributes)
    names = {
        a: max(those, key=counts.__getitem__)  # the first of the most used, on a tie
        for those in spellings.values()
        if len(those) > 1
        for a in those
    }
    state.claims = [
        replace(c, attribute=names[c.attribute])
        if c.subject is not None and c.attribute in names
        else c
        for c in state.claims
    ]


def _row_key(attribute: str) -> str:
    """ "brand name" for "Brand Names"; split at spaces only, so "$ Q < K $" keeps its "<"."""
    return " ".join(map(stem, attribute.casefold().split()))


_ROW_KEYS = Memo(_row_key)
"""Each attribute's row key: the same attributes ("Performance", "Cost") recur in articles."""


def labelled_rows(statements: list[Claim], anchors: Matcher) -> dict[int, tuple[int, str]]:
    """Statements whose label is a compared name, under a group that names none and whose
    labels name two or more: ``1. **Definition**:`` over ``- **Tension**: ...`` and ``-
    **Compression**: ...`` is a row, each label a side's value in it, whatever its sentences
    mention. By ``id`` of the statement: the side and the row."""
    found: dict[str, list[tuple[Claim, int]]] = {}
    for c in statements:
        read = _label_and_group(c)
        if read is None:
            continue
        label, group = read
        hit = anchors.which(label)
        if len(hit) == 1 and not anchors.which(group):  # "Errorless Learning" > "Pros": no row
            found.setdefault(group, []).append((c, hit[0]))
    return {
        id(c): (side, group)
        for group, labelled in found.items()
        if len({side for _, side in labelled}) >= 2
        for c, side in labelled
    }


def _label_and_group(claim: Claim) -> tuple[str, str] | None:
    """A statement's own label and the group it is under, if it has both: a group's
    statement (subject "Definition", attribute "Tension") or a point under a group label
    ("Examples > Tension"). Not a group's grouped attribute ("Pros > Cost")."""
    attribute = claim.attribute
    if not attribute:
        return None
    if claim.subject is not None:
        return None if GROUP_SEPARATOR in attribute else (attribute, claim.subject)
    if GROUP_SEPARATOR in attribute:
        group, _, label = attribute.rpartition(GROUP_SEPARATOR)
        return label, group
    return None


def row_names(statements: list[Claim], rows: dict[int, tuple[int, str]]) -> dict[int, str]:
    """Each side's label in the rows of :func:`labelled_rows`, when it is one and the same
    label in all of them: the article's own name for the side."""
    labels: dict[int, dict[str, str]] = {}
    for c in statements:
        row = rows.get(id(c))
        read = _label_and_group(c) if row is not None else None
        if row is not None and read is not None:
            labels.setdefault(row[0], {}).setdefault(read[0].casefold(), read[0])
    return {side: next(iter(seen.values())) for side, seen in labels.items() if len(seen) == 1}
