"""Reading again with other names: the other side by elimination, or the question's next list."""

from __future__ import annotations

import pytest

from explorer.parsing.coordination import later_list
from explorer.parsing.markdown import parse_blocks
from explorer.parsing.renamed import renamed_by_rows


def _rows(first: str, second: str, lists: int = 2) -> str:
    return "\n\n".join(
        f"{i}. **Row {i}**:\n   - **{first}**: one value.\n   - **{second}**: another value."
        for i in range(1, lists + 1)
    )


CASES = [
    # the question's "most votes" is never written; "Plurality Voting" fills its rows
    (
        ("majority rule", "most votes"),
        _rows("Majority Rule", "Plurality Voting"),
        "Plurality Voting",
    ),
    # both names are written: nothing to rename
    (("majority rule", "most votes"), _rows("Majority Rule", "Most Votes"), None),
    # one shared list is an aside, not the rows
    (("majority rule", "most votes"), _rows("Majority Rule", "Plurality Voting", 1), None),
    # an aspect beside the named side is no side
    (("majority rule", "most votes"), _rows("Majority Rule", "Examples"), None),
    # the other name is written in a heading
    (
        ("majority rule", "most votes"),
        "## Most Votes\n\n" + _rows("Majority Rule", "Plurality Voting"),
        None,
    ),
    # three compared names: elimination needs two
    (("x rule", "y rule", "z rule"), _rows("X Rule", "Other"), None),
]


@pytest.mark.parametrize(("anchors", "markdown", "renamed"), CASES)
def test_renamed_by_rows(anchors: tuple[str, ...], markdown: str, renamed: str | None) -> None:
    got = renamed_by_rows(anchors, markdown, parse_blocks(markdown).blocks)
    assert got == (anchors if renamed is None else (anchors[0], renamed))


LATER = [
    (
        "How do family roles and responsibilities differ in patrilineal and matrilineal systems?",
        ("family roles", "responsibilities"),
        ["patrilineal", "matrilineal systems"],
    ),
    # "in terms of" lists aspects plainly
    ("How do A and B differ in terms of cost and speed?", ("A", "B"), []),
    ("How do cats and dogs differ?", ("cats", "dogs"), []),
]


@pytest.mark.parametrize(("question", "anchors", "later"), LATER)
def test_the_next_list(question: str, anchors: tuple[str, ...], later: list[str]) -> None:
    assert later_list(question, anchors) == later
