"""Counts in words (``explorer.wording``): one place says the plural, so no page says "(s)"."""

from __future__ import annotations

import pytest

from explorer.wording import counted

COUNTS = [
    (1, "claim", None, "1 claim"),
    (0, "claim", None, "0 claims"),
    (2, "article", None, "2 articles"),
    (1_204, "claim", None, "1,204 claims"),
    (1, "piece of evidence", "pieces of evidence", "1 piece of evidence"),
    (3, "piece of evidence", "pieces of evidence", "3 pieces of evidence"),
]


@pytest.mark.parametrize(("count", "noun", "plural", "expected"), COUNTS)
def test_counted(count: int, noun: str, plural: str | None, expected: str) -> None:
    assert counted(count, noun, plural) == expected
