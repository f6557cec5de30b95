"""explorer.views.chooser: what the Chooser page says, checked as text on the seed."""

from __future__ import annotations

import pytest

from explorer.choosing import load_tagger
from explorer.load import load_article
from explorer.model import Article
from explorer.views.chooser import NO_EVIDENCE, chooser_report, need_labels, verdicts
from explorer.views.markdown import literal_markdown
from tests.support import ROOT

ARTICLES = ROOT / "data" / "articles"


def seed() -> Article:
    return load_article(ARTICLES / "keras-tensorflow-pytorch.md")


def test_a_single_best_fit_is_named_with_its_score() -> None:
    report = chooser_report(seed(), {"research": 5}, load_tagger())
    assert report.headline is not None and report.headline.startswith("**Best fit:** PyTorch (")
    assert report.headline.endswith(" / 100)")
    assert report.cards[0].heading.startswith("**1. PyTorch**: ")
    assert all("(tie)" not in c.heading for c in report.cards[:1])
    said = "Weights, normalised to 100 %: Research and experimentation 100 %"
    assert report.shares == literal_markdown(said)
    assert report.sensitivity.startswith("**Sensitivity:** ")


def test_a_tie_is_said_as_a_tie_on_the_headline_and_every_tied_card() -> None:
    article = load_article(ARTICLES / "dijkstra-bellman-ford.md")
    report = chooser_report(article, {"performance": 5}, load_tagger())
    assert report.ranking.is_tie
    assert report.headline is not None and report.headline.startswith("**Tie for first:** ")
    tied = [c.heading for c in report.cards if "(tie)" in c.heading]
    assert len(tied) == len(report.ranking.top) >= 2
    assert all(h.startswith("**1 (tie). ") for h in tied)


def test_needs_nobody_covers_are_said_once_not_per_subject() -> None:
    report = chooser_report(seed(), {"security": 5, "research": 5}, load_tagger())
    assert report.silent_needs == (
        literal_markdown("This article says nothing about 'Security and privacy' for any subject."),
    )
    assert not any("Security" in line for card in report.cards for line in card.silent)


def test_no_evidence_means_no_headline() -> None:
    report = chooser_report(seed(), {"security": 5}, load_tagger())
    assert report.headline is None
    assert NO_EVIDENCE.startswith("The article gives no evidence")


def test_evidence_is_quoted_literally_with_where_it_is_from() -> None:
    report = chooser_report(seed(), {"research": 5}, load_tagger())
    quote = report.cards[0].quotes[0]
    assert quote.text.startswith("“") and quote.text.endswith("”")
    assert "Research and experimentation" in quote.caption and "line" in quote.caption


@pytest.mark.parametrize("need", ["research", "beginner-friendly"])
def test_labels_come_from_the_vocabulary(need: str) -> None:
    tagger = load_tagger()
    assert need_labels(tagger)[need] == tagger.by_id[need].label


def test_verdicts_are_the_articles_summary_lines() -> None:
    lines = verdicts(seed())
    assert len(lines) == 3 and lines[0].startswith("**Keras**: Keras is best for rapid prototyping")


def _facts():  # type: ignore[no-untyped-def]
    from explorer.facts import load_facts, load_matrix
    from explorer.paths import DEFAULT_FACTS

    return load_facts(DEFAULT_FACTS), load_matrix().subjects


def test_a_mobile_must_have_ranks_subjects_without_mobile_evidence_after() -> None:
    corrections, _ = _facts()
    weights = {"beginner-friendly": 5.0, "mobile-embedded": 3.0}
    report = chooser_report(
        seed(), weights, load_tagger(), must=["mobile-embedded"], facts=corrections
    )
    first = report.cards[0]
    assert not first.unmet  # the first-ranked subject has mobile evidence
    assert all(c.unmet for c in report.cards if c.subject == "Keras")
    assert "no evidence for the must-have" in report.reason and "Keras" in report.reason


def test_the_litert_correction_travels_with_the_tensorflow_mobile_evidence() -> None:
    corrections, _ = _facts()
    report = chooser_report(seed(), {"mobile-embedded": 5.0}, load_tagger(), facts=corrections)
    tensorflow = next(c for c in report.cards if c.subject == "TensorFlow")
    marked = [q for q in tensorflow.quotes if q.fact_ids]
    assert marked and "LiteRT" in marked[0].correction
    assert "Counts half" in marked[0].correction


def test_facts_from_the_matrix_are_marked_apart_and_can_be_left_out() -> None:
    corrections, matrix = _facts()
    weights = {"mobile-embedded": 5.0}
    with_facts = chooser_report(seed(), weights, load_tagger(), facts=corrections, matrix=matrix)
    pytorch = next(c for c in with_facts.cards if c.subject == "PyTorch")
    assert pytorch.facts and all(q.text.startswith("**Fact, as of ") for q in pytorch.facts)
    assert all("[source](https://" in q.text for q in pytorch.facts)
    assert not any(q.text.startswith("**Fact") for q in pytorch.quotes)
    alone = chooser_report(seed(), weights, load_tagger(), facts=corrections)
    assert alone.fact_count == 0 and with_facts.fact_count > 0
    assert alone.facts_note == ""
    assert with_facts.facts_note.endswith("are sourced facts, marked as such.")
    assert not any(c.facts for c in alone.cards)


def test_the_explanation_says_how_outdated_evidence_counts() -> None:
    from explorer.views.chooser import HOW_IT_COUNTS

    assert "outdated counts half" in HOW_IT_COUNTS and "requirement" in HOW_IT_COUNTS
