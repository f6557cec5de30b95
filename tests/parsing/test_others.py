"""The others, by name: "X and other Ys" where the article labels the Ys (table-driven)."""

from __future__ import annotations

import pytest

from explorer.parsing.markdown import parse_blocks
from explorer.parsing.others import others_by_name, others_in_intro

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


OPENINGS = [
    # (the question's compared names, the article's opening, the compared names to try)
    (
        ("viruses", "other microorganisms"),
        "Viruses differ from other microorganisms, particularly bacteria and fungi, in several ways.",
        ("viruses", "bacteria", "fungi"),
    ),
    (  # abbreviations stay with their names; the list ends at a comma before "in"
        ("a face-centered cubic structure", "other cubic structures"),
        (
            "FCC differs from other cubic structures, particularly the body-centered cubic (BCC) "
            "and simple cubic structures, in several key aspects."
        ),
        ("a face-centered cubic structure", "body-centered cubic (BCC)", "simple cubic structures"),
    ),
    (  # a parenthesis the list does not open ends it
        ("APA style", "other citation styles"),
        "APA differs from other citation styles (e.g., MLA and Chicago) in how it dates sources.",
        ("APA style", "MLA", "Chicago"),
    ),
    (  # the list ends before its verb, and at "by" after a comma, not inside a name
        ("EMDR", "other PTSD treatments"),
        (
            "Criticisms of EMDR compared to other PTSD treatments, particularly Cognitive Behavioral "
            "Therapy (CBT), include several methodological concerns."
        ),
        ("EMDR", "Cognitive Behavioral Therapy (CBT)"),
    ),
    (
        ("a hybrid car", "other cars"),
        (
            "A hybrid car differs from other cars, particularly cars powered by petrol and electric "
            "cars, in how it stores energy."
        ),
        ("a hybrid car", "cars powered by petrol", "electric cars"),
    ),
    (  # "other types of loans in its structure, usage": no names after it
        ("cash credit", "other types of loans"),
        "Cash credit differs from other types of loans in its structure, usage, and terms.",
        ("cash credit", "other types of loans"),
    ),
    (  # the others of another kind than the question's are not them
        ("viruses", "other microorganisms"),
        "Viruses infect other cells, such as bacteria and plants.",
        ("viruses", "other microorganisms"),
    ),
    (  # "Activator-Like" is no "like"
        ("CRISPR-Cas9", "other genome editing techniques"),
        (
            "CRISPR-Cas9 beats other genome editing techniques such as Zinc-Finger Nucleases (ZFNs) "
            "and Transcription Activator-Like Effector Nucleases (TALENs)."
        ),
        (
            "CRISPR-Cas9",
            "Zinc-Finger Nucleases (ZFNs)",
            "Transcription Activator-Like Effector Nucleases (TALENs)",
        ),
    ),
]


@pytest.mark.parametrize(("anchors", "opening", "expected"), OPENINGS)
def test_others_in_intro(anchors: tuple[str, ...], opening: str, expected: tuple[str, ...]) -> None:
    assert others_in_intro(anchors, parse_blocks(opening).blocks) == expected
