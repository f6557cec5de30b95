"""Questions that ask for the members of a set they do not name (``explorer.parsing.kinds``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.parsing.kinds import _KINDS, asks_kinds, kinds_asked_around, kinds_named

_PIECES = [
    "How", "do", "does", "they", "these", "the two", "VARY", "differ", "Compare", "from",
    "each other", "one another", "types of", "Kinds", "categories", "classes", "varieties",
    "forms", "of", "other", "different", "various", "imaging", "modalities", "differences",
    "between", "them", "to", "\u212aind", "x", ",", "?", "typed", "What", "are", "the", "some",
    "steps", "Which", "were",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8), st.sampled_from([" ", "\u00a0"]))
def test_the_word_hints_never_hide_a_kinds_question(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    assert asks_kinds(text) == bool(_KINDS.search(text))


KINDS = [
    ("What are the types of surrogacy?", True),
    ("How do they vary in size?", True),  # "vary" alone is the branch's word
    ("What are the types and uses of kites?", True),  # an aspect beside "types" asks them too
    ("How do kites fly, and what are their types?", True),
    ("How do kites fly, and what are their colours?", False),
    ("How do different imaging modalities compare?", True),
    ("How do isotopes of an element differ from each other?", True),
    ("How does cash credit differ from other types of loans?", False),
    ("How do you install MySQL?", False),
    # "the different X" are the members of X, whatever X is called; steps are no members
    ("What are the different states of matter?", True),
    ("What are the various methods of heat transfer?", True),
    ("What are some of the different memory models?", True),
    ("What are the different steps in mitosis?", False),
    ("Why do different plants need different soils?", False),
]


@pytest.mark.parametrize(("question", "expected"), KINDS)
def test_asks_kinds(question: str, expected: bool) -> None:
    assert asks_kinds(question) is expected


AROUND = [
    # the list is what the members do, or the aspects beside "types": the members are asked
    ("What types of drills can cut wood and shape metal?", ["cut wood", "shape metal"], True),
    ("What are the origins and types of kites?", ["origins", "kites"], True),
    ("What are the types and uses of kites?", ["types", "uses of kites"], True),
    ("What type of glue suits paper and card?", ["paper", "card"], True),
    # the list is the set itself, comes before the question for types, or is about one type
    ("What are the types of hand and power saws?", ["hand", "power saws"], False),
    ("What are wool and silk, and what types of dye suit them?", ["wool", "silk"], False),
    ("How does the type of soil affect roots and stems?", ["roots", "stems"], False),
    ("How do oak and pine differ?", ["oak", "pine"], False),
]


@pytest.mark.parametrize(("question", "names", "expected"), AROUND)
def test_kinds_asked_around(question: str, names: list[str], expected: bool) -> None:
    assert kinds_asked_around(question, names) is expected


NAMED = [
    (
        "What are the types of criminal charges and how do they matter?",
        [("criminal", "charge", "matter")],
    ),
    ("What types of kites fly best?", [("kite", "fly", "best")]),
    ("How do kites fly, and what are their types?", []),  # no "types of": none named
]


@pytest.mark.parametrize(("question", "expected"), NAMED)
def test_kinds_named(question: str, expected: list[tuple[str, ...]]) -> None:
    assert [words[:3] for words in kinds_named(question)] == expected
