"""A run's leading bold label is found exactly where the original backreference regex found it."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from explorer.parsing.inline import _bold_start, split_label

BOLD_START = re.compile(r"^(\*\*|__)(?P<label>(?:(?!\1).)+?)\1(?P<after>.*)$", re.DOTALL)
"""The pattern split_label used before: the oracle."""

pieces = st.sampled_from(["**", "__", "*", "_", "a", " ", ":", "\n", "Keras", "1. ", "`x`"])


@settings(max_examples=500, deadline=None)
@given(st.lists(pieces, max_size=12))
@example(["**", "**"])
@example(["*", "*", "*"])
@example(["__", "a", "**", "b", "__", "c"])
@example(["**", "a", "*", "**", "b"])
def test_bold_start_matches_the_regex(parts: list[str]) -> None:
    raw = "".join(parts)
    m = BOLD_START.match(raw)
    assert _bold_start(raw) == ((m["label"], m["after"]) if m else None)


def test_labels_read_as_before() -> None:
    label = split_label("**2. Performance:** fast")
    assert label is not None
    assert (label.name, label.rest, label.separated) == ("Performance", "fast", True)
    assert split_label("plain text") is None
    assert split_label("****") is None


ASIDES = [
    # a short aside between the bold name and the colon is part of the label
    ("**Canines** (also called cuspids):", ("Canines (also called cuspids)", "", True)),
    ("**/24** (255.255.255.0): one subnet", ("/24 (255.255.255.0)", "one subnet", True)),
    # an aside that the sentence goes on after is no label
    ("**Keras** (a high-level API) is best", ("Keras", "(a high-level API) is best", False)),
]


@pytest.mark.parametrize(("raw", "expected"), ASIDES)
def test_label_with_an_aside(raw: str, expected: tuple[str, str, bool]) -> None:
    label = split_label(raw)
    assert label is not None
    assert (label.name, label.rest, label.separated) == expected
