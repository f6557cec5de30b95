"""Which section names are summaries, never subjects (table-driven)."""

from __future__ import annotations

import pytest

from explorer.parsing.outline import is_summary_name

NAMES = [
    ("Summary of Differences", True),
    ("Key Differences", True),
    ("In short", True),
    ("Summary of Functions", True),  # a summary of anything is a summary
    ("Summary of Effects on Cells:", True),
    ("Recap of the Main Points", True),
    ("Summary Offenses", False),  # a name that opens with the word
    ("Summary Bar", False),
    ("Comparative Analysis", True),  # the sides weighed together, after them
    ("Comparative Insights", True),
    ("Comparative Anatomy", False),  # a kind of anatomy
    ("Trade-offs Between Time and Space Complexity", True),  # both sides weighed together
    ("Trade-offs in Algorithm Design", True),
    ("Trade-offs", False),  # may be what is compared ("trade-offs and opportunity costs")
    ("Functions", False),
]


@pytest.mark.parametrize(("name", "summary"), NAMES)
def test_is_summary_name(name: str, summary: bool) -> None:
    assert is_summary_name(name) is summary
