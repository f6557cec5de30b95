"""A compared name the article never writes, told by the rows it fills.

"What are the main differences between majority rule and most votes?" is answered row by row
with ``- **Majority Rule**: ...`` and ``- **Plurality Voting**: ...``: the article's own name
for "most votes" is the label beside the other side's in every list, though it shares no word
with the question's. Read as written, the second side is never found and the article reads
as prose about one of them; by elimination, the one label always beside the named side's is
the other side, and takes its place among the compared names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from explorer.parsing.anchors import anchors_for
from explorer.parsing.aspects import is_aspect
from explorer.parsing.inline import split_label
from explorer.parsing.markdown import Block, ListBlock
from explorer.parsing.names import Namer

MIN_LISTS = 2
"""How many lists the two labels must share: one shared list is an aside, not the rows."""

_NAMING = re.compile(r"\*\*([^*\n]{1,80})\*\*|^#{1,6}[ \t]+(.+)$", re.MULTILINE)
"""A bold phrase or a heading: where an article names what it compares."""


def one_side_read(names: Namer) -> bool:
    """Of two compared names, the structure carries one as a subject: worth asking
    :func:`renamed_by_rows` whether the other goes by another name (the read is cheap, and
    it is asked only here)."""
    anchors = names.anchors
    if anchors is None or len(anchors.names) != 2:
        return False
    return len({hit for s in names.subjects if len(hit := anchors.which(s)) == 1}) == 1


def renamed_by_rows(
    anchors: tuple[str, ...], markdown: str, blocks: Sequence[Block]
) -> tuple[str, ...]:
    """``anchors`` with the one name no heading or bold text names replaced by the label
    that stands beside the other name's in every two-item list of them (two or more lists),
    naming neither and no aspect ("Examples"); else unchanged."""
    if len(anchors) != 2 or markdown.count("**") < 4 * MIN_LISTS:
        return anchors
    matcher = anchors_for(anchors)
    seen: set[int] = set()
    for bold, heading in _NAMING.findall(markdown):  # most name both early: stop there
        seen.update(matcher.which(bold or heading))
        if len(seen) == 2:
            return anchors
    if len(seen) != 1:
        return anchors
    named = next(iter(seen))
    beside: dict[str, str] | None = None  # casefolded -> as first written
    lists = 0
    for labels in _list_labels(blocks):
        if len(labels) != 2 or not any(matcher.which(label) == (named,) for label in labels):
            continue  # the rows: a list of the two sides' values
        others = {
            label.casefold(): label
            for label in labels
            if not matcher.which(label) and not is_aspect(label)
        }
        beside = others if beside is None else {k: v for k, v in beside.items() if k in others}
        lists += 1
        if not beside:
            return anchors
    if beside is None or lists < MIN_LISTS or len(beside) != 1:
        return anchors
    (label,) = beside.values()
    return tuple(a if i == named else label for i, a in enumerate(anchors))


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
