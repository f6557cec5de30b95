"""The others, by name: "APA style and other citation styles" when the article names them.

"How does X differ from other Ys?" compares X with the others as one column, each sentence
going to the side it is about. An article often names the others one by one instead, as the
labels of each row ("- **MLA Style**: ...", "- **Chicago Style**: ..." beside "- **APA
Style**: ...") or in its opening ("other microorganisms, particularly bacteria and fungi"):
then they are the compared names, each its own column, as if the question had listed them
(named in the opening, only if the article then gives each of them a column).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from explorer.model import Comparison
from explorer.parsing.anchors import anchors_for
from explorer.parsing.inline import split_label
from explorer.parsing.markdown import Block, ListBlock, Para
from explorer.parsing.name_lists import before_verb, names_in
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


# "... differs from other cubic structures, particularly the body-centered cubic (BCC) and
# simple cubic structures, in several key aspects": the opening names the others.
_NAMED_AFTER = re.compile(
    r"\bother\s+(?P<kind>(?:[\w'’/-]+\s+){0,4}?[\w'’/-]+),?\s*\(?"
    r"(?:particularly|especially|specifically|such as|namely|including|like|e\.g\.,?)\s+"
    r"(?:the\s+)?(?P<list>[^.;:]{3,160})",
    re.IGNORECASE,
)
# Where the list of the others ends: at a preposition or verb, or a comma before one.
_LIST_END = re.compile(
    r"(?P<names>.+?)(?=,\s+(?!and\b|or\b)(?:[a-z]+\s+){0,2}(?:is|are|can|have|has|serves?|in|"
    r"which|with|where|significantly|exhibits?|shares?|due|differs?|based|through|especially|"
    r"particularly|includes?|involves?|offers?|provides?|requires?|by)\b|\s+(?:in|to|due|can|"
    r"have|has|serves?|shares?|exhibits?|differs?|based|through)\b|\s*$)"
)
_NOT_A_NAME = re.compile(
    r"^(?:in|on|at|of|with|to|for|by|from|those|these|after|before|even)\b", re.IGNORECASE
)


def others_in_intro(anchors: tuple[str, ...], blocks: Sequence[Block]) -> tuple[str, ...]:
    """``anchors`` with "other Ys" replaced by the Ys the opening paragraph names right after
    its own "other Ys" ("other ancient cultures, particularly Greek and Roman"), when it names
    them; else ``anchors`` as they are. The caller keeps the others as one group where the
    named ones are not what the article compares."""
    others = [i for i, a in enumerate(anchors) if names_the_others(a)]
    first = blocks[0] if blocks else None
    if len(anchors) < 2 or len(others) != 1 or not isinstance(first, Para):
        return anchors
    at = others[0]
    head = words(anchors[at])[-1:]
    found = _NAMED_AFTER.search(first.raw.replace("**", ""))
    if found is None or words(found["kind"])[-1:] != head:
        return anchors
    listed = _LIST_END.match(_closed(found["list"]))
    names = before_verb(names_in(listed["names"])) if listed else []
    if len(names) < 1 or any(not n or _NOT_A_NAME.match(n) for n in names):
        return anchors
    matcher = anchors_for(anchors)
    if any(side != at for n in names for side in matcher.which(n)):
        return anchors  # one of the named is a side the question names itself
    return tuple(dict.fromkeys((*anchors[:at], *names, *anchors[at + 1 :])))


def _closed(text: str) -> str:
    """``text`` up to a parenthesis it does not open ("e.g., A and B) ..."), keeping the
    ones it does ("body-centered cubic (BCC) and simple cubic")."""
    depth = 0
    for i, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return text[:i]
    return text


def every_side_read(read: Comparison, anchors: tuple[str, ...]) -> bool:
    """Each of ``anchors`` is one of the subjects ``read`` found: the others the opening names
    are what the article compares only when it gives each of them (and the question's own
    names) a column; otherwise they stay one group."""
    matcher = anchors_for(anchors)
    found = {hit[0] for s in read.subjects if len(hit := matcher.which(s)) == 1}
    return len(read.subjects) >= 2 and found >= set(range(len(anchors)))
