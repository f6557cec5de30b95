"""Names that are aspects of something, or answer a second matter, rather than things compared
(``explorer.parsing.aspects``)."""

from __future__ import annotations

import pytest

from explorer.parsing.aspects import (
    answers_second_matter,
    asks_second_matter,
    is_aspect,
    names_asked_aspect,
    opens_with_aspect,
    scoring_text,
)

ASPECT_NAMES = [
    ("Types", True),
    ("applications", True),
    (" Limitations ", True),
    ("Purposes", True),
    ("Implications", True),
    ("Clinical Implications", False),  # an aspect with a qualifier is left to the structure
    ("Water Pollutants", False),
    ("", False),
]

OPENING_ASPECTS = [
    ("Types of Proteins", True),
    ("Impact of Age on Urinary Incontinence", True),
    ("Purposes of Genetic Testing", True),
    ("Influence on Animal Behavior", True),
    ("Differences in Brain Activity During REM Sleep", True),
    ("Uses", False),  # nothing follows it
    ("Law of Sines", False),
    ("Web Applications", False),
    ("Sources", False),
]


@pytest.mark.parametrize(("name", "expected"), ASPECT_NAMES)
def test_is_aspect(name: str, expected: bool) -> None:
    assert is_aspect(name) is expected


@pytest.mark.parametrize(("name", "expected"), OPENING_ASPECTS)
def test_opens_with_aspect(name: str, expected: bool) -> None:
    assert opens_with_aspect(name) is expected


SECOND_MATTERS = [
    ("Data Collection and Processing", "What types of sensors are used, and how is data collected and processed?", True),
    ("Prompting Hierarchy", "Describe the types of prompts and explain the prompting hierarchy.", True),
    ("Contribution to Survival", "What are the types of learning, and how do they contribute to survival?", True),
    # the second matter done to what the first asks about
    ("Prevention of Stroke", "What are the types of stroke, and how can they be prevented?", True),
    (  # two words of the second matter before "of" what the first asks about
        "Physiological Impact of Stress Hormones",
        "Identify the types of stress hormones and discuss their physiological impact.",
        True,
    ),
    ("Cortisol", "Identify the types of stress hormones and discuss their physiological impact.", False),
    ("Consequences of Plagiarism", "What are the types of plagiarism, and what are their consequences?", True),
    ("Stroke of Luck", "What are the types of stroke, and how can they be prevented?", False),
    # "X and their Y" asks each member's Y; "Y for X" is the second matter's too
    ("Risk Factors for Gallstones", "What are the different types of gallstones and their risk factors?", True),
    ("Black Pigment Stones", "What are the different types of gallstones and their risk factors?", False),
    ("Common Triggers for Seizures", "What are the types of seizures, and what are common triggers?", True),
    # a name with a word of the first matter is one of what it asks for
    ("Proof by Induction", "What are the types of proofs, and how does induction fit with other proofs?", False),
    ("Temperature Sensors", "What types of sensors are used, and how is data collected?", False),
    # no second matter
    ("Prompting Hierarchy", "What is the prompting hierarchy?", False),
]  # fmt: skip


@pytest.mark.parametrize(("name", "question", "expected"), SECOND_MATTERS)
def test_answers_second_matter(name: str, question: str, expected: bool) -> None:
    assert answers_second_matter(name, question) is expected


_SORTS = "What are the differences between bubble sort and insertion sort, and when is insertion sort preferable?"
ASKED_AGAIN = [
    # a heading that asks the second matter again, naming a compared side as it does
    ("When is Insertion Sort Preferable?", _SORTS, True),
    ("When Is Insertion Sort Preferable", _SORTS, False),  # no question: a name may say it
    ("What Is Insertion Sort?", _SORTS, False),  # "what" is no word of the second matter
    ("When is Insertion Sort Preferable?", "How do bubble sort and insertion sort differ?", False),
]  # fmt: skip


@pytest.mark.parametrize(("name", "question", "expected"), ASKED_AGAIN)
def test_asks_second_matter(name: str, question: str, expected: bool) -> None:
    assert asks_second_matter(name, question) is expected


SCORED = [
    # unnamed members: what they differ in is no name of theirs
    ("What types of lenses are there, and how do they differ in focus?", True, "What types of lenses are there, and how do they differ?"),
    ("What kinds of tea are there, and how do they vary in taste, colour?", True, "What kinds of tea are there, and how do they vary, colour?"),
    ("How do stars differ in terms of colour?", True, "How do stars differ?"),
    # ... nor what each of them has
    ("What are the types of kilns and their uses in pottery?", True, "What are the types of kilns?"),
    ("What are the types of kilns and their uses in pottery?", False, "What are the types of kilns and their uses in pottery?"),
    # named things: what follows "differ in" may be the compared things, so it stays
    ("How does play differ in children with ASD compared to others?", False, "How does play differ in children with ASD compared to others?"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "members", "expected"), SCORED)
def test_scoring_text(question: str, members: bool, expected: str) -> None:
    assert scoring_text(question, members=members) == expected


ARCHITECTURES = (
    "How do different computer architectures compare in terms of performance and efficiency?"
)
ASKED_ASPECTS = [
    ("Performance Metrics", ARCHITECTURES, True),
    ("Energy Efficiency", ARCHITECTURES, True),
    ("RISC Designs", ARCHITECTURES, False),
    # the kind's own words are no aspect, even inside the aspect phrase
    ("Solar Energy", "What types of energy are there, and how do they compare in terms of energy output?", False),
    ("Performance Metrics", "What are the types of computer architectures?", False),  # no aspect asked
]  # fmt: skip


@pytest.mark.parametrize(("name", "question", "expected"), ASKED_ASPECTS)
def test_names_asked_aspect(name: str, question: str, expected: bool) -> None:
    assert names_asked_aspect(name, question) is expected
