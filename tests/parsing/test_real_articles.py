"""The twenty real articles of the family (../shared/real-articles), read by hand.

What a reader of each article sees is written down in :mod:`tests.parsing.read_by_hand`
(shared with the shipped articles' test); here the parser's read of each is held against it,
and a few shapes are checked cell by cell.
"""

from __future__ import annotations

import pytest

from explorer.load import load_article
from explorer.model import Article
from tests.parsing.read_by_hand import (
    REAL,
    REAL_FOLDER,
    check_attributes,
    check_points,
    check_subjects,
)

if not REAL_FOLDER.is_dir():
    pytest.skip(
        f"no real articles at {REAL_FOLDER} (the shared folder is not laid out)",
        allow_module_level=True,
    )

SUMMARIZED = ["loops-count-condition", "port-numbers", "tensorflow-sklearn-pytorch"]


@pytest.fixture(scope="module")
def real() -> dict[str, Article]:
    return {p.stem: load_article(p) for p in sorted(REAL_FOLDER.glob("*.txt"))}


def test_all_twenty_are_listed(real: dict[str, Article]) -> None:
    assert sorted(real) == sorted(REAL)


@pytest.mark.parametrize("name", sorted(REAL))
def test_subjects(real: dict[str, Article], name: str) -> None:
    check_subjects(real[name].comparison, REAL[name])


@pytest.mark.parametrize("name", sorted(REAL))
def test_attributes_subject_by_subject(real: dict[str, Article], name: str) -> None:
    check_attributes(real[name].comparison, REAL[name])


@pytest.mark.parametrize("name", sorted(REAL))
def test_key_points(real: dict[str, Article], name: str) -> None:
    check_points(real[name].comparison, REAL[name])


@pytest.mark.parametrize("name", SUMMARIZED)
def test_summary_bullets_go_to_their_subject(real: dict[str, Article], name: str) -> None:
    comp = real[name].comparison
    assert set(comp.summary) == set(comp.subjects)


def test_a_combined_label_speaks_for_both(real: dict[str, Article]) -> None:
    comp = real["unix-linux-windows"].comparison
    cells = {c.subject: c.text for c in comp.claims if c.attribute == "File System Structure"}
    assert set(cells) == {"UNIX", "Linux", "Windows"}
    assert cells["UNIX"] == cells["Linux"] != cells["Windows"]


def test_plain_subject_lines_give_values(real: dict[str, Article]) -> None:
    comp = real["ethane-ethene-ethyne"].comparison
    formulas = {c.subject: c.text for c in comp.claims if c.attribute == "Chemical Formulas"}
    assert formulas == {"Ethane": "C₂H₆", "Ethene": "C₂H₄", "Ethyne": "C₂H₂"}


def test_a_howto_keeps_its_steps_as_points(real: dict[str, Article]) -> None:
    comp = real["howto-mysql-debian"].comparison
    steps = [d.attribute for d in comp.differences if d.attribute]
    assert steps[0].startswith("Step 1: Add the MySQL APT Repository")
    assert any("```bash" in d.text for d in comp.differences)


def test_a_heading_cut_by_a_left_over_escape(real: dict[str, Article]) -> None:
    comp = real["linear-vs-quadratic-functions"].comparison
    domain = [c for c in comp.claims_for("Quadratic Functions") if c.attribute == "Domain"]
    assert any("all real numbers" in c.text for c in domain)
