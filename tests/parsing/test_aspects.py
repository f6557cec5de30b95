"""Names that are aspects of something rather than things compared (``explorer.parsing.aspects``)."""

from __future__ import annotations

import pytest

from explorer.parsing.aspects import is_aspect, opens_with_aspect

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
