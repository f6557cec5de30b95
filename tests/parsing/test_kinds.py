"""Questions that ask for the members of a set they do not name (``explorer.parsing.kinds``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.parsing.kinds import _KINDS, asks_kinds

_PIECES = [
    "How", "do", "does", "they", "these", "the two", "VARY", "differ", "Compare", "from",
    "each other", "one another", "types of", "Kinds", "categories", "classes", "varieties",
    "forms", "of", "other", "different", "various", "imaging", "modalities", "differences",
    "between", "them", "to", "\u212aind", "x", ",", "?", "typed",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8), st.sampled_from([" ", "\u00a0"]))
def test_the_word_hints_never_hide_a_kinds_question(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    assert asks_kinds(text) == bool(_KINDS.search(text))


KINDS = [
    ("What are the types of surrogacy?", True),
    ("How do they vary in size?", True),  # "vary" alone is the branch's word
    ("How do different imaging modalities compare?", True),
    ("How do isotopes of an element differ from each other?", True),
    ("How does cash credit differ from other types of loans?", False),
    ("How do you install MySQL?", False),
]


@pytest.mark.parametrize(("question", "expected"), KINDS)
def test_asks_kinds(question: str, expected: bool) -> None:
    assert asks_kinds(question) is expected
