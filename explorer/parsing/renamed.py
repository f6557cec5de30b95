"""Compared names the article writes otherwise: read again with the names it uses.

"What are the main differences between majority rule and most votes?" is answered row by row
with ``- **Majority Rule**: ...`` and ``- **Plurality Voting**: ...``: the article's own name
for "most votes" is the label beside the other side's in every list, though it shares no word
with the question's. Read as written, the second side is never found and the article reads
as prose about one of them; by elimination, the one label always beside the named side's is
the other side, and takes its place among the compared names. When the question asks about
"other materials", the others are as many as the labels always beside the named side's
("Wood Patterns", "Metal Patterns" beside "Plastic Patterns"), and each is a side.

A question may also hold two lists, and the first be what is compared *in*: "How do family
roles and responsibilities differ in patrilineal and matrilineal kinship systems?" is
answered under ``### Patrilineal Kinship System`` and ``### Matrilineal Kinship System``. When
the headings and bold text name two of the second list's names and fewer of the first's,
the second list is what is compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from explorer.parsing.anchors import anchors_for
from explorer.parsing.aspects import is_aspect
from explorer.parsing.coordination import later_list
from explorer.parsing.inline import split_label
from explorer.parsing.markdown import Block, Document, ListBlock
from explorer.parsing.names import Matcher, Namer
from explorer.parsing.question import Question
from explorer.parsing.question_patterns import OTHERS

MIN_LISTS = 2
"""How many lists the two labels must share: one shared list is an aside, not the rows."""

_NAMING = re.compile(r"\*\*([^*\n]{1,80})\*\*|^#{1,6}[ \t]+(.+)$", re.MULTILINE)
"""A bold phrase or a heading: where an article names what it compares."""


def other_names(
    asked: Question, names: Namer, markdown: str, document: Document, text: str
) -> tuple[str, ...] | None:
    """The compared names to read the article again with, when its structure carries fewer
    than two of the question's: the question's next list, when the headings and bold text
    name two of its names and fewer of the first's ("family roles and responsibilities"
    differ "in patrilineal and matrilineal kinship systems"); else the other side's own name
    in the article (:func:`renamed_by_rows`). None to keep the reading."""
    anchors = names.anchors
    if anchors is None or (read := _sides_read(anchors, names.subjects)) >= 2:
        return None
    if asked.compares and len(_named_sides(anchors, markdown)) < 2:
        later = tuple(later_list(text, asked.anchors))
        if len(later) >= 2 and len(_named_sides(anchors_for(later), markdown)) >= 2:
            return later
    # With the others asked for, the first reading may carry no side at all: the aspects over
    # the rows ("Strength", "Price") looked like the sides, and no member ("Timber Frames")
    # shares a word with "other building materials".
    others = any(OTHERS.match(a) for a in asked.anchors)
    if (read == 1 or others) and len(anchors.names) == 2:
        renamed = renamed_by_rows(asked.anchors, markdown, document.blocks)
        if renamed != asked.anchors:
            return renamed
    return None


def _sides_read(anchors: Matcher, subjects: list[str]) -> int:
    """How many compared names the subjects read so far stand for, one each."""
    return len({hit for s in subjects if len(hit := anchors.which(s)) == 1})


def _named_sides(anchors: Matcher, markdown: str) -> set[int]:
    """The compared names the article's headings and bold text name, up to two (most name
    both early: the scan stops there)."""
    seen: set[int] = set()
    for m in _NAMING.finditer(markdown):
        seen.update(anchors.which(m[1] or m[2]))
        if len(seen) >= 2:
            break
    return seen


def renamed_by_rows(
    anchors: tuple[str, ...], markdown: str, blocks: Sequence[Block]
) -> tuple[str, ...]:
    """``anchors`` with the one name no heading or bold text names replaced by the label
    that stands beside the other name's in every two-item list of them (two or more lists),
    naming neither and no aspect ("Examples"); an "other ..." name by all the labels always
    beside the named side's, in lists of any length; else unchanged."""
    if len(anchors) != 2 or markdown.count("**") < 4 * MIN_LISTS:
        return anchors
    matcher = anchors_for(anchors)
    seen = _named_sides(matcher, markdown)
    if len(seen) != 1:
        return anchors
    named = next(iter(seen))
    # "How do plastic patterns compare to other materials?": the others are as many as the
    # labels always beside the named side's ("Wood Patterns", "Metal Patterns").
    others_group = bool(OTHERS.match(anchors[1 - named]))
    beside: dict[str, str] | None = None  # casefolded -> as first written
    lists = 0
    for labels in _list_labels(blocks):
        rows = len(labels) >= 2 if others_group else len(labels) == 2
        if not rows or not any(_is_side(matcher, label, named, others_group) for label in labels):
            continue  # the rows: a list of the sides' values
        others = {
            label.casefold(): label
            for label in labels
            if _names_no_side(matcher, label, others_group) and not is_aspect(label)
        }
        beside = others if beside is None else {k: v for k, v in beside.items() if k in others}
        lists += 1
        if not beside:
            return anchors
    if beside is None or lists < MIN_LISTS or not (len(beside) == 1 or others_group):
        return anchors
    members = tuple(beside.values())
    return (anchors[named], *members) if named == 0 else (*members, anchors[named])


def _is_side(matcher: Matcher, label: str, side: int, others_group: bool) -> bool:
    """``label`` is compared name ``side``'s; beside "other ..." only when it is that name
    ("Wood Patterns" shares "patterns" with "plastic patterns", but is not it)."""
    return matcher.named(label) == side if others_group else matcher.which(label) == (side,)


def _names_no_side(matcher: Matcher, label: str, others_group: bool) -> bool:
    """``label`` is none of the compared names (beside "other ...": is none of them)."""
    return matcher.named(label) is None if others_group else not matcher.which(label)


def _list_labels(blocks: Sequence[Block]) -> Iterator[list[str]]:
    """The bold labels of each list's own items, list by list, nested lists included."""
    for block in blocks:
        if isinstance(block, ListBlock):
            labels = []
            for item in block.items:
                label = split_label(item.raw)
                if label is not None and label.separated:
                    labels.append(label.name)
                yield from _list_labels(item.children)
            yield labels
