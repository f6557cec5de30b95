"""The others, by name: "X and other Ys" where the article labels the Ys (table-driven)."""

from __future__ import annotations

import pytest

from explorer.parsing.markdown import parse_blocks
from explorer.parsing.others import others_by_name

ROWS = """1. **Home Row**:
   - **Dvorak Layout**: vowels under the left hand.
   - **QWERTY Layout**: few common letters.
   - **Colemak Layout**: most common letters.
2. **Learning**:
   - **Dvorak Layout**: weeks of practice.
   - **QWERTY Layout**: known by most.
   - **Colemak Layout**: keeps shortcuts.
"""

CASES = [
    # (the question's compared names, the article, the compared names as read)
    (
        ("Dvorak layout", "other keyboard layouts"),
        ROWS,
        ("Dvorak layout", "QWERTY Layout", "Colemak Layout"),
    ),
    (  # the columns in the first row's order
        ("Dvorak layout", "other keyboard layouts"),
        ROWS.replace("   - **QWERTY Layout**: known by most.\n", "")
        + "   - **QWERTY Layout**: known by most.\n",
        ("Dvorak layout", "QWERTY Layout", "Colemak Layout"),
    ),
    (  # labels in one row only are asides, not the others
        ("Dvorak layout", "other keyboard layouts"),
        ROWS.split("2.")[0],
        ("Dvorak layout", "other keyboard layouts"),
    ),
    (  # labels without the others' head noun are not them
        ("Dvorak", "other keyboard layouts"),
        ROWS.replace(" Layout**", "**"),
        ("Dvorak", "other keyboard layouts"),
    ),
    (  # no others in the question: nothing to name
        ("Dvorak layout", "QWERTY layout"),
        ROWS,
        ("Dvorak layout", "QWERTY layout"),
    ),
]


@pytest.mark.parametrize(("anchors", "markdown", "expected"), CASES)
def test_others_by_name(anchors: tuple[str, ...], markdown: str, expected: tuple[str, ...]) -> None:
    assert others_by_name(anchors, parse_blocks(markdown).blocks) == expected
