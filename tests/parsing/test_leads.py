"""Subjects' shared aspect lead (``explorer.parsing.leads.shared_lead``), table-driven."""

from __future__ import annotations

import pytest

from explorer.parsing.leads import shared_lead

LEADS = [
    (["Characteristics of Progressive Taxes", "Characteristics of Regressive Taxes"], 2),
    (["Key Features of Oligopoly", "Key Features of Monopolistic Competition"], 3),
    (["Primary Structure of DNA", "primary structure of RNA"], 3),
    (["Functions of the Ovum", "Functions of Sperm Cells"], 2),
    # a lead that is part of the names, or no aspect, stays
    (["Law of Sines", "Law of Cosines"], 0),
    (["Conservation of Mass", "Conservation of Volume"], 0),
    (["Resistors in Series", "Resistors in Parallel"], 0),
    # nothing shared, one subject, or a name left empty or alike another
    (["Dictionaries in Python", "Tuples in Python"], 0),
    (["Characteristics of Sleep"], 0),
    (["Characteristics of", "Characteristics of Sleep"], 0),
    (["Benefits of Tea", "Benefits of tea"], 0),
]


@pytest.mark.parametrize(("subjects", "words"), LEADS)
def test_shared_lead(subjects: list[str], words: int) -> None:
    assert shared_lead(subjects) == words
