"""Rows by label (``explorer.parsing.rows.labelled_rows``): under a group that names no compared name, a
label that is one is that side's value in the group's row, when the group's labels name two
or more sides; table-driven, through the whole parser."""

from __future__ import annotations

import pytest

from explorer.parsing import parse_comparison

QUESTION = "What are the differences between sledges and skis?"
# Two of five groups labelled: too few for the list to read attribute-major, so the
# statements are tied to the sides the question names after the walk.
PLAIN_ROWS = """
3. **Steering**:
   - A sledge is steered by leaning.
   - Skis are steered by edging.

4. **Learning**:
   - Anyone can ride a sledge.
   - Skis take lessons.

5. **Risks**:
   - A sledge can hit a tree.
   - Skis can twist a knee.
"""

ROWS = [
    # both sides labelled: a row, whatever the sentences mention ("A ski", "Each foot")
    (
        (
            "1. **Definition**:\n   - **Sledges**: A platform on runners.\n"
            "   - **Skis**: Each foot wears one.\n\n"
            "2. **Examples**:\n   - **Sledges**: A toboggan.\n   - **Skis**: Alpine racing.\n"
        ),
        {("Sledges", "Definition"), ("Skis", "Definition"), ("Skis", "Examples")},
        set(),
    ),
    # labels that name one side only, among a group's aspects, are no row: each keeps its
    # group ("Ski Wax" speaks of skis, but is an aspect of the challenges)
    (
        (
            "1. **Definition**:\n   - **Sledges**: A platform on runners.\n"
            "   - **Snow**: Powder is slower.\n\n"
            "2. **Challenges**:\n   - **Ski Wax**: It wears off.\n   - **Ice**: It is fast.\n"
        ),
        set(),
        {"Definition > Sledges", "Challenges > Ski Wax"},
    ),
]


@pytest.mark.parametrize(("groups", "claims", "differences"), ROWS)
def test_rows_by_label(groups: str, claims: set[tuple[str, str]], differences: set[str]) -> None:
    read = parse_comparison(groups + PLAIN_ROWS, title=QUESTION, question=QUESTION)
    assert read.subjects == ("Sledges", "Skis")
    got = {(c.subject, c.attribute) for c in read.claims}
    assert claims <= got
    assert ("Skis", "Steering") in got  # the plain rows are tied by mention as before
    assert differences <= {d.attribute for d in read.differences}
