"""The chooser's wording, shared by the CLI and the page: headlines with ties and must-haves."""

from __future__ import annotations

import pytest

from explorer.choosing import load_tagger, rank_subjects
from explorer.choosing.evidence import Correction, Evidence
from explorer.choosing.ranking import Ranking, SubjectScore
from explorer.choosing.report import (
    HOW_IT_COUNTS,
    correction_text,
    evidence_caption,
    need_labels,
    rank_label,
    ranking_headline,
    sensitivity_text,
    weights_text,
)
from explorer.facts import load_facts
from explorer.load import load_article
from explorer.paths import DEFAULT_ARTICLES

LABELS = {"a": "Need A", "b": "Need B"}


def _score(subject: str, score: float, rank: int, missing: tuple[str, ...] = ()) -> SubjectScore:
    return SubjectScore(subject, score, rank, {}, (), (), missing)


def _ranking(*scores: SubjectScore, must: tuple[str, ...] = ()) -> Ranking:
    return Ranking("x", {"a": 0.5, "b": 0.5}, scores, (), None, must)


@pytest.mark.parametrize(
    ("ranking", "kind", "text", "reason"),
    [
        pytest.param(
            _ranking(_score("X", 60, 1), _score("Y", 40, 2)),
            "best",
            "Best fit: X (60 / 100)",
            "",
            id="best",
        ),
        pytest.param(
            _ranking(_score("X", 50, 1), _score("Y", 50, 1), _score("Z", 10, 3)),
            "tie",
            "Tie for first: X and Y (50 / 100)",
            "",
            id="tie",
        ),
        pytest.param(
            _ranking(_score("X", 0, 1), _score("Y", 0, 1)),
            "none",
            "The article gives no evidence for any subject on these needs.",
            "",
            id="none",
        ),
        pytest.param(
            _ranking(
                _score("X", 20, 1),
                _score("Y", 70, 2, ("a",)),
                _score("Z", 60, 3, ("a",)),
                must=("a",),
            ),
            "best",
            "Best fit: X (20 / 100)",
            "Y and Z have no evidence for the must-have 'Need A', so they rank after every "
            "subject that meets them.",
            id="must-have-reason",
        ),
        pytest.param(
            _ranking(_score("X", 70, 1, ("a",)), _score("Y", 20, 2, ("a", "b")), must=("a", "b")),
            "unmet",
            "No subject meets every must-have ('Need A' and 'Need B'); on the weights alone: "
            "X (70 / 100)",
            "X has no evidence for the must-have 'Need A'; Y has no evidence for the must-haves "
            "'Need A' and 'Need B'.",
            id="nobody-meets",
        ),
    ],
)
def test_headline(ranking: Ranking, kind: str, text: str, reason: str) -> None:
    headline = ranking_headline(ranking, LABELS)
    assert (headline.kind, headline.text, headline.reason) == (kind, text, reason)


def test_rank_labels_show_ties() -> None:
    ranking = _ranking(_score("X", 50, 1), _score("Y", 50, 1), _score("Z", 10, 3))
    assert [rank_label(ranking, s) for s in ranking.ranked] == ["1 (tie)", "1 (tie)", "3"]


def test_wording_on_the_seed() -> None:
    tagger = load_tagger()
    labels = need_labels(tagger)
    seed = load_article(DEFAULT_ARTICLES / "keras-tensorflow-pytorch.md")
    ranking = rank_subjects(seed, {"mobile-embedded": 3, "research": 0}, tagger, facts=load_facts())
    assert weights_text(ranking, labels) == "Mobile and embedded 100 %"
    assert weights_text(ranking, labels, zero=True).endswith("Research and experimentation 0 %")
    assert sensitivity_text(ranking, labels).endswith(".")
    mobile = ranking.ranked[0].evidence[0]
    assert evidence_caption(mobile, labels) == (
        "Mobile and embedded · supporting · from Ecosystem and Tools, line 11 · matched 'mobile'"
    )
    assert correction_text(mobile).startswith("Outdated (as of 2024-09-04): TensorFlow Lite")
    assert correction_text(mobile).endswith("Counts half.")


def test_a_fact_is_captioned_as_a_fact() -> None:
    ev = Evidence(
        "X",
        "a",
        "t",
        "p",
        "summary",
        "Runtime",
        0,
        kind="fact",
        url="https://x.org/",
        as_of="2025-10",
    )
    assert evidence_caption(ev, LABELS) == (
        "Need A · a sourced fact: it has this, as of 2025-10 · Runtime · source: https://x.org/"
    )
    assert correction_text(ev) == ""
    clarified = Evidence(
        **{**ev.__dict__, "correction": Correction("clarified", "More.", None, "f")}
    )
    assert correction_text(clarified) == "Clarified: More."


def test_how_it_counts_names_every_factor() -> None:
    for words in ("3 points", "summary 2", "outdated counts half", "corrected", "requirement"):
        assert words in HOW_IT_COUNTS
