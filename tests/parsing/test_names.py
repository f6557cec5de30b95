"""Namer: which known subject a name is, by name or alias (table-driven)."""

from __future__ import annotations

import pytest

from explorer.parsing.names import Namer
from explorer.parsing.words import capitalized

RESOLVE_EXACT = [
    # (subjects already known, a new name, the subject it is or None)
    (("Relational Databases (RDBMS)",), "RDBMS", "Relational Databases (RDBMS)"),
    (("Well-Known Ports (0-1023)",), "Well-Known Ports", "Well-Known Ports (0-1023)"),
    (("UNIX/Linux",), "Linux", "UNIX/Linux"),  # a half names the slashed subject
    (("Linux",), "UNIX/Linux", "Linux"),
    (("CRISPR/Cas9",), "Cas9", "CRISPR/Cas9"),
    # two slashed names sharing one half are two subjects
    (("CRISPR/Cas9",), "CRISPR/Cas12a (Cpf1)", None),
    (("Structure of the Power/Interest Grid",), "Significance of the Power/Interest Grid", None),
    (("For Loops",), "While Loops", None),
]


@pytest.mark.parametrize(("known", "name", "subject"), RESOLVE_EXACT)
def test_resolve_exact(known: tuple[str, ...], name: str, subject: str | None) -> None:
    namer = Namer("")
    for k in known:
        namer.add(k, exact=True)
    assert namer.resolve_exact(name) == subject


def test_slashed_names_sharing_a_half_are_both_subjects() -> None:
    namer = Namer("What are the differences between CRISPR/Cas9 and CRISPR/Cas12a (Cpf1)?")
    for name in ("CRISPR/Cas9", "CRISPR/Cas12a (Cpf1)", "Cas12a"):
        namer.add(name)
    assert namer.subjects == ["CRISPR/Cas9", "CRISPR/Cas12a (Cpf1)"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("water cooling", "Water cooling"),
        ("anti-Japanese sentiment", "Anti-Japanese sentiment"),
        ("e-books", "E-books"),
        ("fMRI", "fMRI"),
        ("mRNA vaccines", "mRNA vaccines"),
        ("Keras", "Keras"),
        ("", ""),
    ],
)
def test_a_name_shown_alone_opens_with_a_capital_unless_it_is_spelled_so(
    text: str, shown: str
) -> None:
    assert capitalized(text) == shown
