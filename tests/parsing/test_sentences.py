"""Prose sentences by the compared name each is about (explorer/parsing/sentences.py)."""

from __future__ import annotations

import pytest

from explorer.parsing.anchors import anchors_for
from explorer.parsing.sentences import split_by_mention

CASES = [
    # the one it names; then the one the sentence before named
    (
        ("mitosis", "meiosis"),
        "Mitosis makes two cells. They are identical. Meiosis makes four.",
        {0: "Mitosis makes two cells. They are identical.", 1: "Meiosis makes four."},
        "",
    ),
    # "Both X and Y ..." is about them together, and so is what follows it unnamed
    (
        ("aldehydes", "ketones"),
        "Both aldehydes and ketones form hydrogen bonds. They are polar. Ketones boil lower.",
        {1: "Ketones boil lower."},
        "Both aldehydes and ketones form hydrogen bonds. They are polar.",
    ),
    (
        ("analysis", "reflection"),
        "Analysis is systematic. Together, they enrich reading.",
        {0: "Analysis is systematic."},
        "Together, they enrich reading.",
    ),
    # "Unlike X, Y ..." is about Y, however long the phrase set against it
    (
        ("locked-in syndrome", "coma"),
        "Unlike locked-in syndrome, which leaves awareness intact, a coma removes it.",
        {1: "Unlike locked-in syndrome, which leaves awareness intact, a coma removes it."},
        "",
    ),
    # a name opening the sentence and another later: about the first
    (
        ("goals", "objectives"),
        "Objectives are steps toward goals.",
        {1: "Objectives are steps toward goals."},
        "",
    ),
    # "While X ..., Y ...": a clause each, each ended as a sentence
    (
        ("fascism", "Nazism"),
        "While fascism may accept many backgrounds, Nazism is explicitly racial.",
        {0: "Fascism may accept many backgrounds.", 1: "Nazism is explicitly racial."},
        "",
    ),
    # ... but not when the main clause is about the first ("its", "it")
    (
        ("Sparta", "Athens"),
        "While Sparta produced art, its art was overshadowed by Athens.",
        {0: "While Sparta produced art, its art was overshadowed by Athens."},
        "",
    ),
    # ... nor when the first part names the other side only in passing
    (
        ("Taco Bell", "other fast-food chains"),
        "While endorsements are common among fast-food chains, Taco Bell makes them its own.",
        {},
        "While endorsements are common among fast-food chains, Taco Bell makes them its own.",
    ),
    # "They ... than Y" goes on about the one before: Y is what it is measured against
    (
        ("tendons", "ligaments"),
        "Tendons link muscle to bone. They heal faster than ligaments. Ligaments link bones.",
        {
            0: "Tendons link muscle to bone. They heal faster than ligaments.",
            1: "Ligaments link bones.",
        },
        "",
    ),
    (
        ("servant leadership", "other leadership styles"),
        "Servant leaders grow their teams. This is different from other leadership styles.",
        {0: "Servant leaders grow their teams. This is different from other leadership styles."},
        "",
    ),
    # "X ..., while Y ...": cut at the contrast
    (
        ("DNA", "RNA"),
        "DNA uses thymine, while RNA uses uracil.",
        {0: "DNA uses thymine.", 1: "RNA uses uracil."},
        "",
    ),
]


@pytest.mark.parametrize(("names", "text", "about", "other"), CASES)
def test_split_by_mention(
    names: tuple[str, ...], text: str, about: dict[int, str], other: str
) -> None:
    anchors = anchors_for(names)
    assert anchors is not None
    assert split_by_mention(text, anchors) == (about, other)
