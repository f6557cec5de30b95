"""The others, by name: "APA style and other citation styles" when the article labels them.

"How does X differ from other Ys?" compares X with the others as one column, each sentence
going to the side it is about. An article often names the others one by one instead, as the
labels of each row ("- **MLA Style**: ...", "- **Chicago Style**: ..." beside "- **APA
Style**: ..."): then they are the compared names, each its own column, as if the question had
listed them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from explorer.parsing.anchors import anchors_for
from explorer.parsing.inline import split_label
from explorer.parsing.markdown import Block, ListBlock
from explorer.parsing.names import names_the_others
from explorer.parsing.words import words

MIN_ROWS = 2
"""How many rows a label must name a value in to be one of the others (not an aside)."""


def others_by_name(anchors: tuple[str, ...], blocks: Sequence[Block]) -> tuple[str, ...]:
    """``anchors`` with "other Ys" replaced by the Ys the article labels its rows with.

    A label is one of them when it names a value in two or more rows, ends in the others'
    head noun ("MLA Style" for "other citation styles") and is none of the other compared
    names; two or more such labels are needed, or the others stay one group.
    """
    others = [i for i, a in enumerate(anchors) if names_the_others(a)]
    if len(anchors) < 2 or len(others) != 1:
        return anchors
    at = others[0]
    head = words(anchors[at])[-1:]
    matcher = anchors_for(anchors)
    counts = Counter(_labels(blocks))
    members = [
        name
        for name, rows in counts.items()
        if rows >= MIN_ROWS
        and words(name)[-1:] == head
        and all(side == at for side in matcher.which(name))
    ]
    if len(members) < 2:
        return anchors
    return (*anchors[:at], *members, *anchors[at + 1 :])


def _labels(blocks: Sequence[Block]) -> Iterator[str]:
    """The bold labels of list items, nested ones included, in document order (the first
    row's order is the columns' order; the block tree is at most MAX_NESTING lists deep)."""
    for block in blocks:
        if isinstance(block, ListBlock):
            for item in block.items:
                label = split_label(item.raw)
                if label is not None and label.separated:
                    yield label.name
                yield from _labels(item.children)
