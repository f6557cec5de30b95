"""The parser over the real published articles shipped in data/articles, one row per article.

What a reader sees in each is written down in :mod:`tests.parsing.read_by_hand` (a copy of
a real article reads as its twin there), so a layout change that mis-reads one shape fails
here by name, also where ../shared is not laid out; a few shapes are checked cell by cell.
"""

from __future__ import annotations

import pytest

from explorer.load import load_article
from explorer.model import Article
from tests.parsing.read_by_hand import (
    REAL_FOLDER,
    SHIPPED,
    SHIPPED_TWINS,
    check_attributes,
    check_points,
    check_subjects,
)
from tests.support import ROOT, all_strings

ARTICLES = ROOT / "data" / "articles"

PATHS = sorted(ARTICLES.glob("*.md"))


@pytest.fixture(scope="module")
def loaded() -> dict[str, Article]:
    return {p.stem: load_article(p) for p in PATHS}


def test_every_shipped_article_is_read_by_hand() -> None:
    assert sorted(p.stem for p in PATHS) == sorted(SHIPPED)


@pytest.mark.skipif(not REAL_FOLDER.is_dir(), reason="no ../shared/real-articles to compare with")
def test_twins_are_copies_and_the_rest_are_not() -> None:
    real = {p.stem: p.read_bytes() for p in REAL_FOLDER.glob("*.txt")}
    for path in PATHS:
        twin = SHIPPED_TWINS.get(path.stem)
        if twin is not None:
            assert path.read_bytes() == real[twin], path.stem
        else:
            assert path.read_bytes() not in real.values(), f"{path.stem} is a twin"


@pytest.mark.parametrize("article_id", sorted(SHIPPED))
def test_subjects(loaded: dict[str, Article], article_id: str) -> None:
    check_subjects(loaded[article_id].comparison, SHIPPED[article_id])


@pytest.mark.parametrize("article_id", sorted(SHIPPED))
def test_attributes_land_on_their_subject(loaded: dict[str, Article], article_id: str) -> None:
    check_attributes(loaded[article_id].comparison, SHIPPED[article_id])


@pytest.mark.parametrize("article_id", sorted(SHIPPED))
def test_key_points(loaded: dict[str, Article], article_id: str) -> None:
    check_points(loaded[article_id].comparison, SHIPPED[article_id])


@pytest.mark.parametrize("article_id", sorted(SHIPPED))
def test_loads_clean(loaded: dict[str, Article], article_id: str) -> None:
    article = loaded[article_id]
    strings = [*all_strings(article.as_json()), article.markdown]
    strings += [c.text for c in article.comparison.summary_claims]
    assert not [s for s in strings if "\\n" in s], "a literal backslash-n survived repair"
    assert not [s for s in strings if "â€" in s or "Ã" in s], "mojibake survived repair"
    assert not [s for s in strings if "&nbsp;" in s or "&amp;" in s]
    assert article.comparison.intro, "every real article opens with an intro paragraph"
    assert article.comparison.conclusion, "every real article closes with a conclusion"
    assert all(c.text.strip() for c in article.comparison.claims)


@pytest.mark.parametrize("article_id", sorted(SHIPPED))
def test_claim_lines_point_at_their_text(loaded: dict[str, Article], article_id: str) -> None:
    article = loaded[article_id]
    lines = article.markdown.splitlines()
    for claim in article.comparison.claims:
        assert 1 <= claim.line <= len(lines)


@pytest.mark.parametrize(
    ("article_id", "subject"),
    [
        ("keras-tensorflow-pytorch", "PyTorch"),
        ("port-numbers", "Well-Known Ports (0-1023)"),
        ("loops-count-condition", "Condition-Controlled Loops"),
    ],
)
def test_summary_bullets_go_to_their_subject(
    loaded: dict[str, Article], article_id: str, subject: str
) -> None:
    summary = loaded[article_id].comparison.summary
    assert set(summary) == set(loaded[article_id].comparison.subjects)
    assert summary[subject]


def test_json11_compares_one_library_with_the_others(loaded: dict[str, Article]) -> None:
    """ "Json 11 compared to other JSON libraries": prose items, each sentence under the one
    it is about; a sentence about both stays a key point under its item."""
    comp = loaded["json11-libraries"].comparison
    assert comp.is_comparison
    others = [c.text for c in comp.claims_for("Other JSON libraries")]
    assert any(t.startswith("Libraries like nlohmann/json provide") for t in others)
    assert [d.attribute for d in comp.differences] == ["Standard Library Support", "Error Handling"]


def test_relational_summary_table_and_when_to_use(loaded: dict[str, Article]) -> None:
    comp = loaded["relational-nosql"].comparison
    cells = {
        (c.subject, c.attribute): c.text for c in comp.claims if c.attribute == "Data Integrity"
    }
    assert "Strong (constraints)" in cells.values()
    when = [c for c in comp.claims if c.attribute == "When to Use Each"]
    assert [c.subject for c in when].count("NoSQL Databases") == 4
    assert comp.summary == {}


def test_code_stays_with_its_claim(loaded: dict[str, Article]) -> None:
    comp = loaded["stacks-queues"].comparison
    push = next(c for c in comp.claims_for("Stack Operations") if c.attribute == "Push")
    assert "```python\ndef push(stack, item):\n    stack.append(item)\n```" in push.text
    loops = loaded["loops-count-condition"].comparison
    example = next(c for c in loops.claims if c.attribute == "Characteristics > Example")
    assert "for i in range(5):" in example.text


def test_latex_is_kept(loaded: dict[str, Article]) -> None:
    subnet = loaded["subnet-masks"].comparison
    hosts = next(c for c in subnet.claims_for("/8") if c.attribute == "Number of Hosts")
    assert hosts.text.startswith("$2^{24} - 2 = 16,777,214$")
    dijkstra = loaded["dijkstra-bellman-ford"].comparison
    assert any("\\(O(E + V \\log V)\\)" in c.text for c in dijkstra.claims)
