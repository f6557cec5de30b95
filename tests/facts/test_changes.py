"""explorer.facts.changes: "what changed since this article", counted per status."""

from __future__ import annotations

import textwrap
from datetime import date
from typing import Any

import pytest

from explorer.facts import (
    EXPLORE_ARTICLES_PARAM,
    EXPLORE_CORRECTED_PARAM,
    STATUSES,
    ArticleChanges,
    Fact,
    StatusClaims,
    article_changes,
    load_facts,
)
from explorer.load import load_article, parse_article_text
from explorer.model import Article, Claim
from explorer.paths import DEFAULT_FACTS

SEED = DEFAULT_FACTS.parent / "articles" / "keras-tensorflow-pytorch.md"

ARTICLE = textwrap.dedent(
    """\
    ---
    title: Two tools
    date: 2024-11-26
    ---
    ### Alpha
    - **Speed**: Alpha is fast on old chips.
    - **Mobile**: Alpha has a lite runtime.
    ### Beta
    - **Speed**: Beta is slow on old chips.
    - **Mobile**: Beta has no lite runtime.
    """
)


def fact(fact_id: str, status: str, *match: str, subject: str | None = None) -> Fact:
    fields: dict[str, Any] = {
        "id": fact_id,
        "match": list(match),
        "status": status,
        "correction": "What is true now.",
        "sources": [{"title": "Notes", "url": "https://example.org/notes"}],
        "checked": "2026-11-25",
        "subject": subject,
    }
    return Fact.model_validate(fields)


@pytest.fixture(scope="module")
def two_tools() -> Article:
    return parse_article_text(ARTICLE, article_id="two-tools")


def texts(claims: tuple[Claim, ...]) -> list[str]:
    return [c.text for c in claims]


def test_no_fact_says_so(two_tools: Article) -> None:
    changes = article_changes(two_tools, [])
    assert changes.sentence == "No correction applies to this article."
    assert changes.present == ()
    assert [s.status for s in changes.by_status] == list(STATUSES)
    assert all(s.count == 0 for s in changes.by_status)


def test_a_fact_that_matches_nothing_is_no_change(two_tools: Article) -> None:
    changes = article_changes(two_tools, [fact("nothing", "outdated", "quantum")])
    assert changes.sentence == "No correction applies to this article."


def test_one_claim_is_singular(two_tools: Article) -> None:
    changes = article_changes(two_tools, [fact("alpha-fast", "outdated", "fast")])
    assert changes.sentence == "This article has 1 outdated claim."
    assert texts(changes.claims("outdated")) == ["Alpha is fast on old chips."]
    assert changes.present[0].phrase == "1 outdated claim"


def test_counts_come_in_the_fixed_order_whatever_the_file_order(two_tools: Article) -> None:
    facts = [
        fact("chips", "clarified", "old chips"),  # both speed claims
        fact("lite", "outdated", "lite runtime"),  # both mobile claims
        fact("beta-slow", "corrected", "slow", subject="Beta"),
    ]
    changes = article_changes(two_tools, facts)
    assert [s.status for s in changes.present] == ["outdated", "corrected", "clarified"]
    assert changes.sentence == "This article has 2 outdated, 1 corrected, and 2 clarified claims."
    assert texts(changes.claims("clarified")) == [
        "Alpha is fast on old chips.",
        "Beta is slow on old chips.",
    ]
    assert changes.claims("confirmed") == ()
    assert [s.phrase for s in changes.present] == [
        "2 outdated claims",
        "1 corrected claim",
        "2 clarified claims",
    ]


@pytest.mark.parametrize(
    ("counts", "sentence"),
    [
        ({"outdated": 3, "clarified": 2}, "This article has 3 outdated and 2 clarified claims."),
        ({"outdated": 2, "clarified": 1}, "This article has 2 outdated and 1 clarified claim."),
        ({"corrected": 1, "confirmed": 4}, "This article has 1 corrected and 4 confirmed claims."),
        ({"confirmed": 1}, "This article has 1 confirmed claim."),
        ({"clarified": 12}, "This article has 12 clarified claims."),
    ],
)
def test_sentence_wording(counts: dict[str, int], sentence: str) -> None:
    claim = Claim(subject="A", attribute=None, text="x", line=1)
    changes = ArticleChanges(
        "a", tuple(StatusClaims(s, (claim,) * counts.get(s, 0)) for s in STATUSES)
    )
    assert changes.sentence == sentence


def test_a_claim_two_statuses_apply_to_counts_under_each(two_tools: Article) -> None:
    facts = [
        fact("fast", "outdated", "fast"),
        fact("chips", "clarified", "old chips", subject="Alpha"),
        fact("fast-again", "outdated", "Alpha", "fast"),  # same claim, same status: once
    ]
    changes = article_changes(two_tools, facts)
    assert changes.sentence == "This article has 1 outdated and 1 clarified claim."
    assert changes.claims("outdated") == changes.claims("clarified")


def test_explore_params_name_the_article_and_the_status(two_tools: Article) -> None:
    changes = article_changes(two_tools, [fact("fast", "outdated", "fast")])
    assert changes.explore_params("outdated") == {"articles": "two-tools", "corrected": "outdated"}
    assert (EXPLORE_ARTICLES_PARAM, EXPLORE_CORRECTED_PARAM) == ("articles", "corrected")


def test_shipped_seed_counts() -> None:
    """From data/facts.yaml: outdated are the Theano/CNTK and the TensorFlow Lite claims;
    clarified are flexibility, TensorBoard (the TensorFlow Lite claim names it too, so that
    claim counts under both), Spark and dynamic graphs."""
    facts = load_facts(DEFAULT_FACTS, today=date(2026, 12, 1))
    changes = article_changes(load_article(SEED), facts)
    assert changes.sentence == "This article has 2 outdated and 4 clarified claims."
    outdated = texts(changes.claims("outdated"))
    assert any("Theano" in t for t in outdated)
    assert any("TensorFlow Lite" in t for t in outdated)
    clarified = texts(changes.claims("clarified"))
    for phrase in ("less flexibility", "TensorBoard", "Apache Spark", "dynamic computation graph"):
        assert sum(phrase.casefold() in t.casefold() for t in clarified) == 1, phrase
