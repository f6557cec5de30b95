"""Abbreviations the article defines for the compared names (table-driven)."""

from __future__ import annotations

import pytest

from explorer.parsing.abbreviations import with_abbreviations

CASES = [
    # (the question's compared names, the article's text, the names as read)
    (
        ("high-resolution manometry", "standard manometry"),
        "High-resolution manometry (HRM) uses 36 sensors. In HRM, the map is finer.",
        ("high-resolution manometry (HRM)", "standard manometry"),
    ),
    (  # a plural abbreviation, both names defined
        ("red blood cells", "white blood cells"),
        "Red blood cells (RBCs) carry oxygen; white blood cells (WBCs) fight infection.",
        ("red blood cells (RBCs)", "white blood cells (WBCs)"),
    ),
    (  # the head noun the question elided, spelled out by the article
        ("short-term", "long-term memory"),
        "Short-term memory (STM) and long-term memory (LTM) differ.",
        ("short-term memory (STM)", "long-term memory (LTM)"),
    ),
    (  # only the last defined: it keeps the head noun the first one borrows
        ("short-term", "long-term memory"),
        "Short-term memory fades; long-term memory (LTM) lasts.",
        ("short-term", "long-term memory"),
    ),
    (  # joining words are not spelled out
        ("on-the-job training", "trade school programs"),
        "On-the-job training (OJT) pays; trade school programs cost.",
        ("on-the-job training (OJT)", "trade school programs"),
    ),
    (  # initials that are not the name's
        ("kinetic energy", "potential energy"),
        "Kinetic energy (J) is measured in joules, as is potential energy (PE).",
        ("kinetic energy", "potential energy (PE)"),
    ),
    (  # words that are not the compared name
        ("TCP", "UDP"),
        "The Transmission Control Protocol (TCP) is reliable.",
        ("TCP", "UDP"),
    ),
    (  # one abbreviation spelled out for two names is neither's
        ("peripheral nervous system", "parasympathetic nervous system"),
        "The peripheral nervous system (PNS) and the parasympathetic nervous system (PNS).",
        ("peripheral nervous system", "parasympathetic nervous system"),
    ),
    (  # a name with its own parenthetical keeps it
        ("CRISPR/Cas9", "CRISPR/Cas12a (Cpf1)"),
        "CRISPR/Cas12a (Cpf1) cuts staggered ends.",
        ("CRISPR/Cas9", "CRISPR/Cas12a (Cpf1)"),
    ),
]


@pytest.mark.parametrize(("anchors", "text", "expected"), CASES)
def test_with_abbreviations(anchors: tuple[str, ...], text: str, expected: tuple[str, ...]) -> None:
    assert with_abbreviations(anchors, text) == expected
