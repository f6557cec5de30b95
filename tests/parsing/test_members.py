"""Which section lists the members a types question asks for (``explorer.parsing.members``)."""

from __future__ import annotations

import pytest

from explorer.parsing.members import _ASIDE, _names_asked_kinds

QUESTION = "Describe endocytosis and the types of materials it transports."

ASKED = [
    ("Types of Materials Transported by Endocytosis", QUESTION, True),  # "transports" too
    ("Types of Endocytosis", QUESTION, False),  # a kind, but not the one asked for
    ("Endocytosis", QUESTION, False),  # no "types of" at all
    ("Categories of Criminal Charges", "What are the types of criminal charges?", True),
    ("Classification of Criminal Offenses", "What are the types of criminal charges?", False),
    ("Types of Criminal Charges", "What are the effects of criminal charges?", False),
    # "their types": the kinds of what the question names
    (
        "Main Types of Diacritical Marks",
        "What are diacritical marks, and what are their main types?",
        True,
    ),
    ("Main Types of Accents", "What are diacritical marks, and what are their main types?", False),
]


@pytest.mark.parametrize(("name", "question", "expected"), ASKED)
def test_a_section_names_the_asked_kinds(name: str, question: str, expected: bool) -> None:
    assert _names_asked_kinds(name, question) is expected


ASIDES = [
    ("Additional Considerations", True),
    ("Considerations for Audience Engagement", True),
    ("Special Considerations for Children", True),
    ("Worked Examples", True),
    ("Specific Examples", True),
    ("Practical Applications", True),
    ("Clinical Applications", True),
    ("Performance Comparison", True),
    ("Historical Context", True),  # what surrounds the members, not one of them
    ("Philosophical Implications", True),
    ("Cultural Significance", True),
    ("Future Directions", True),
    ("Historical Fiction", False),
    ("Considerate Design", False),
    ("Web Applications", False),
    ("Real-World Applications", False),  # a kind of homework, among the kinds asked for
    ("Comparison", False),  # "Distribution", "Flow", "Comparison": what maps show
    ("Thrust Stage", False),
]


@pytest.mark.parametrize(("name", "aside"), ASIDES)
def test_an_aside_is_no_member(name: str, aside: bool) -> None:
    assert bool(_ASIDE.match(name)) is aside
