"""The chooser on the seed article and on others: rankings, evidence, ties, flips, zero weights."""

from __future__ import annotations

import pytest

from explorer.choosing import load_questions, weights_from_answers
from explorer.choosing.evidence import OUTDATED_FACTOR, Correction, Evidence
from explorer.choosing.ranking import (
    Flip,
    UnknownNeedError,
    find_flip,
    normalise,
    rank_subjects,
)
from explorer.choosing.tagging import load_tagger
from explorer.corpus import load_corpus
from explorer.facts import Fact, load_facts
from explorer.model import Article
from explorer.paths import DEFAULT_ARTICLES

SEED = "keras-tensorflow-pytorch"


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return {a.id: a for a in load_corpus(DEFAULT_ARTICLES).articles}


@pytest.mark.parametrize(
    ("weights", "first", "sentences"),
    [
        pytest.param(
            {"beginner-friendly": 1, "rapid-prototyping": 1},
            "Keras",
            [
                (
                    "Keras is best for rapid prototyping and ease of use, making it suitable for "
                    "beginners and quick model development."
                ),
                "Due to its simplicity and ease of use, Keras is ideal for rapid prototyping.",
                (
                    "It abstracts many of the complexities involved in deep learning, making it "
                    "user-friendly, especially for beginners."
                ),
            ],
            id="beginner+prototyping->Keras",
        ),
        pytest.param(
            {"research": 1},
            "PyTorch",
            [
                (
                    "PyTorch is preferred for research and experimentation due to its dynamic nature "
                    "and user-friendly interface."
                ),
                (
                    "Due to its flexibility and ease of use, PyTorch is favored in academic and "
                    "research environments where rapid iteration and experimentation are crucial."
                ),
                "This is particularly beneficial for research and experimentation.",
            ],
            id="research+experimentation->PyTorch",
        ),
        pytest.param(
            {"production-deployment": 1, "mobile-embedded": 1},
            "TensorFlow",
            [
                (
                    "TensorFlow excels in production environments, offering strong scalability and "
                    "deployment capabilities."
                ),
                (
                    "TensorFlow is ideal for production environments requiring scalability and a "
                    "comprehensive ecosystem for deployment and monitoring."
                ),
                (
                    "TensorFlow provides a comprehensive ecosystem, including TensorBoard for "
                    "visualization, TensorFlow Serving for model deployment, and TensorFlow Lite for "
                    "mobile and embedded devices."
                ),
            ],
            id="production+mobile->TensorFlow",
        ),
    ],
)
def test_seed_rankings_with_evidence(
    articles: dict[str, Article], weights: dict[str, float], first: str, sentences: list[str]
) -> None:
    ranking = rank_subjects(articles[SEED], weights)
    assert ranking.top == (first,)
    winner = ranking.ranked[0]
    assert winner.subject == first and winner.rank == 1
    quoted = [e.text for e in winner.evidence]
    for sentence in sentences:
        assert sentence in quoted
    assert all(e.subject == first and e.need in weights for e in winner.evidence)
    assert winner.score > ranking.ranked[1].score


def test_scores_are_the_sum_of_contributions(articles: dict[str, Article]) -> None:
    ranking = rank_subjects(articles[SEED], {"beginner-friendly": 2, "flexibility": 1})
    for scored in ranking.ranked:
        assert sum(scored.contributions.values()) == pytest.approx(scored.score)
        assert 0 <= scored.score <= 100
    assert ranking.shares == pytest.approx({"beginner-friendly": 2 / 3, "flexibility": 1 / 3})


def test_the_verdict_saturates_the_score(articles: dict[str, Article]) -> None:
    ranking = rank_subjects(articles[SEED], {"research": 1})
    assert ranking.ranked[0].score == pytest.approx(100)


def test_ties_are_shown_as_ties(articles: dict[str, Article]) -> None:
    ranking = rank_subjects(articles["dijkstra-bellman-ford"], {"performance": 1})
    assert ranking.is_tie
    assert set(ranking.top) == {"Dijkstra's Algorithm", "Bellman-Ford Algorithm"}
    assert [s.rank for s in ranking.ranked] == [1, 1]
    assert ranking.flip is None  # one need: nothing to trade it against


def test_subjects_with_equal_lower_scores_share_a_rank(articles: dict[str, Article]) -> None:
    ranking = rank_subjects(articles[SEED], {"research": 1})
    assert [(s.subject, s.rank) for s in ranking.ranked] == [
        ("PyTorch", 1),
        ("Keras", 2),
        ("TensorFlow", 2),
    ]


def test_flip_names_the_smallest_change(articles: dict[str, Article]) -> None:
    ranking = rank_subjects(articles[SEED], {"beginner-friendly": 1, "flexibility": 1})
    assert ranking.top == ("Keras",)
    assert ranking.flip == Flip("PyTorch", "beginner-friendly", 50.0, 42.0)
    assert ranking.flip.describe({"beginner-friendly": "Beginner-friendly"}) == (
        "PyTorch would rank first if 'Beginner-friendly' weighed 42 % instead of 50 %"
    )
    # and it is true: at that weight, PyTorch is first
    flipped = rank_subjects(articles[SEED], {"beginner-friendly": 42, "flexibility": 58})
    assert flipped.top == ("PyTorch",)
    kept = rank_subjects(articles[SEED], {"beginner-friendly": 43, "flexibility": 57})
    assert kept.top == ("Keras",)


def test_no_flip_when_no_single_change_can_do_it(articles: dict[str, Article]) -> None:
    assert rank_subjects(articles[SEED], {"research": 1}).flip is None
    # PyTorch wins both needs, whatever their balance
    assert rank_subjects(articles[SEED], {"research": 1, "flexibility": 1}).flip is None


def test_a_need_weighed_zero_is_kept_and_may_flip(articles: dict[str, Article]) -> None:
    ranking = rank_subjects(articles[SEED], {"research": 1, "mobile-embedded": 0})
    assert ranking.shares == {"research": 1.0, "mobile-embedded": 0.0}
    assert ranking.top == ("PyTorch",)
    assert ranking.flip == Flip("TensorFlow", "mobile-embedded", 0.0, 81.0)
    assert all(e.need == "research" for s in ranking.ranked for e in s.evidence)


def test_all_weights_zero(articles: dict[str, Article]) -> None:
    ranking = rank_subjects(articles[SEED], {"research": 0, "flexibility": 0})
    assert not ranking.weighted
    assert ranking.top == ()
    assert ranking.flip is None
    assert {s.score for s in ranking.ranked} == {0.0}
    assert normalise({}) == {}


def test_silence_is_reported(articles: dict[str, Article]) -> None:
    ranking = rank_subjects(articles[SEED], {"file-transfer": 1, "research": 1})
    assert ranking.silent_needs == ("file-transfer",)
    by_subject = {s.subject: s for s in ranking.ranked}
    assert by_subject["Keras"].silent == ("file-transfer", "research")
    assert by_subject["PyTorch"].silent == ("file-transfer",)


@pytest.mark.parametrize(
    ("article", "weights", "first"),
    [
        ("relational-nosql", {"reliability": 1}, "Relational Databases (RDBMS)"),
        ("relational-nosql", {"complex-queries": 1}, "Relational Databases (RDBMS)"),
        ("relational-nosql", {"scalability": 1, "performance": 1}, "NoSQL Databases"),
        ("file-protocols", {"security": 1}, "SCP (Secure Copy Protocol)"),
        ("ula-link-local", {"simplicity": 1}, "Link-Local Addresses"),
        ("subnet-masks", {"scalability": 1}, "/8"),
        ("subnet-masks", {"small-scale": 1}, "/24"),
        ("loops-count-condition", {"reliability": 1}, "Count-Controlled Loops"),
        ("loops-count-condition", {"flexibility": 1}, "Condition-Controlled Loops"),
    ],
)
def test_other_articles_rank_sensibly(
    articles: dict[str, Article], article: str, weights: dict[str, float], first: str
) -> None:
    ranking = rank_subjects(articles[article], weights)
    assert ranking.top == (first,)
    assert ranking.ranked[0].evidence


def test_a_real_tie_in_another_article(articles: dict[str, Article]) -> None:
    ranking = rank_subjects(articles["file-protocols"], {"file-transfer": 1})
    assert ranking.top == ("FTP (File Transfer Protocol)", "SCP (Secure Copy Protocol)")
    quoted = {e.text for s in ranking.ranked[:2] for e in s.evidence}
    assert "Designed specifically for transferring files between a client and a server." in quoted
    assert (
        "Primarily used for secure file transfers, but does not support advanced file "
        "management features like file locking." in quoted
    )


def test_an_article_without_subjects_ranks_nothing(articles: dict[str, Article]) -> None:
    ranking = rank_subjects(articles["howto-mysql-debian"], {"performance": 1})
    assert ranking.ranked == () and ranking.top == () and ranking.flip is None


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        ({"resarch": 1}, "unknown need 'resarch'"),
        ({"research": -1}, "must be a number >= 0"),
        ({"research": float("nan")}, "must be a number >= 0"),
    ],
)
def test_bad_weights_are_refused(
    articles: dict[str, Article], weights: dict[str, float], message: str
) -> None:
    with pytest.raises(UnknownNeedError, match=message) as info:
        rank_subjects(articles[SEED], weights)
    assert "research" in info.value.known
    assert "known needs: beginner-friendly" in str(info.value)


def test_find_flip_on_a_small_matrix() -> None:
    fit = {"A": {"x": 1.0, "y": 0.0}, "B": {"x": 0.0, "y": 1.0}}
    assert find_flip(fit, {"x": 3, "y": 1}) == Flip("B", "x", 75.0, 49.0)
    # a tie is broken by the smallest step; equal steps go to the lower share, deterministically
    assert find_flip(fit, {"x": 1, "y": 1}) == Flip("B", "x", 50.0, 49.0)
    assert find_flip({"A": {"x": 1.0}, "B": {"x": 1.0}}, {"x": 1}) is None


@pytest.mark.parametrize(
    ("answers", "must", "expected"),
    [
        ({}, [], {}),
        (
            {"exp": "I am new to it"},
            [],
            {"beginner-friendly": 3, "simplicity": 2, "community-resources": 1},
        ),
        ({"build": "Research or experiments"}, ["research"], {"research": 6, "flexibility": 2}),
        ({"exp": "not an answer", "run": None}, [], {}),
    ],
)
def test_weights_from_answers(
    answers: dict[str, str | None], must: list[str], expected: dict[str, float]
) -> None:
    assert weights_from_answers(answers, must) == expected


def test_questions_only_name_known_needs() -> None:
    known = set(load_tagger().ids)
    for question in load_questions():
        for weights in question.answers.values():
            assert set(weights) <= known, question.key


def test_questions_lead_to_the_seed_answers(articles: dict[str, Article]) -> None:
    new = weights_from_answers(
        {"exp": "I am new to it", "build": "A quick prototype or class project"}
    )
    assert rank_subjects(articles[SEED], new).top == ("Keras",)
    research = weights_from_answers({"build": "Research or experiments"})
    assert rank_subjects(articles[SEED], research).top == ("PyTorch",)
    phones = weights_from_answers(
        {"build": "A product people will rely on", "run": "On phones or small devices"}
    )
    assert rank_subjects(articles[SEED], phones).top == ("TensorFlow",)


# -- must-haves are requirements; evidence carries its correction --------------------------


@pytest.fixture(scope="module")
def facts() -> tuple[Fact, ...]:
    return load_facts()


def _needs_with_evidence(article: Article, facts: tuple[Fact, ...]) -> dict[str, set[str]]:
    """Need -> subjects with counted evidence for it (what a must-have asks for)."""
    found: dict[str, set[str]] = {}
    for e in load_tagger().article_evidence(article, facts):
        if e.points > 0:
            found.setdefault(e.need, set()).add(e.subject)
    return found


WEIGHT_SETS = [
    pytest.param({"beginner-friendly": 1}, id="beginner"),
    pytest.param({"beginner-friendly": 3, "simplicity": 2, "community-resources": 1}, id="new"),
    pytest.param({"research": 3, "flexibility": 2}, id="research"),
    pytest.param({"rapid-prototyping": 3, "simplicity": 1}, id="prototype"),
    pytest.param({"production-deployment": 1}, id="production"),
    pytest.param({"security": 1}, id="silent-need"),
]


@pytest.mark.parametrize("weights", WEIGHT_SETS)
def test_a_mobile_must_have_never_puts_a_subject_without_mobile_evidence_first(
    articles: dict[str, Article], facts: tuple[Fact, ...], weights: dict[str, float]
) -> None:
    seed = articles[SEED]
    with_mobile = _needs_with_evidence(seed, facts)["mobile-embedded"]
    assert with_mobile == {"TensorFlow"}
    weights = {**weights, "mobile-embedded": weights.get("mobile-embedded", 0) + 3}
    ranking = rank_subjects(seed, weights, must=["mobile-embedded"], facts=facts)
    assert ranking.ranked[0].subject == "TensorFlow"
    assert ranking.top == ("TensorFlow",)
    assert [s.meets_must for s in ranking.ranked] == [True, False, False]
    assert all(s.missing_must == ("mobile-embedded",) for s in ranking.ranked[1:])


def test_the_issue_case_keras_is_no_longer_best_for_mobile(
    articles: dict[str, Article], facts: tuple[Fact, ...]
) -> None:
    """'I am new to it' with 'Mobile and embedded' ticked: Keras scored first before."""
    weights = weights_from_answers({"exp": "I am new to it"}, ["mobile-embedded"])
    without = rank_subjects(articles[SEED], weights, facts=facts)
    assert without.top == ("Keras",)
    ranking = rank_subjects(articles[SEED], weights, must=["mobile-embedded"], facts=facts)
    assert ranking.top == ("TensorFlow",)
    keras = next(s for s in ranking.ranked if s.subject == "Keras")
    assert keras.score > ranking.ranked[0].score and not keras.meets_must


@pytest.mark.parametrize(
    "article_id",
    sorted({"keras-tensorflow-pytorch", "relational-nosql", "file-protocols", "stacks-queues"}),
)
def test_every_subject_meeting_the_must_haves_ranks_before_every_one_that_does_not(
    articles: dict[str, Article], facts: tuple[Fact, ...], article_id: str
) -> None:
    article = articles[article_id]
    evidence = _needs_with_evidence(article, facts)
    for need, subjects in evidence.items():
        ranking = rank_subjects(article, {need: 1, "simplicity": 2}, must=[need], facts=facts)
        meets = [s.meets_must for s in ranking.ranked]
        assert meets == sorted(meets, reverse=True), (need, meets)
        assert {s.subject for s in ranking.ranked if s.meets_must} == subjects
        ranks = [s.rank for s in ranking.ranked]
        assert ranks == sorted(ranks)


def test_no_subject_meeting_a_must_have_ranks_on_the_weights(
    articles: dict[str, Article], facts: tuple[Fact, ...]
) -> None:
    weights = {"research": 1.0, "security": 3.0}
    plain = rank_subjects(articles[SEED], weights, facts=facts)
    ranking = rank_subjects(articles[SEED], weights, must=["security"], facts=facts)
    assert [s.subject for s in ranking.ranked] == [s.subject for s in plain.ranked]
    assert not any(s.meets_must for s in ranking.ranked)


def test_an_unknown_must_have_is_refused(articles: dict[str, Article]) -> None:
    with pytest.raises(UnknownNeedError, match="unknown need 'mobile'"):
        rank_subjects(articles[SEED], {"research": 1}, must=["mobile"])


def test_the_litert_correction_travels_with_the_tensorflow_mobile_evidence(
    articles: dict[str, Article], facts: tuple[Fact, ...]
) -> None:
    ranking = rank_subjects(articles[SEED], {"mobile-embedded": 1}, facts=facts)
    tf = next(s for s in ranking.ranked if s.subject == "TensorFlow")
    (mobile,) = [e for e in tf.evidence if e.need == "mobile-embedded"]
    assert "TensorFlow Lite" in mobile.text
    assert mobile.correction is not None
    assert (mobile.correction.status, mobile.correction.as_of) == ("outdated", "2024-09-04")
    assert "LiteRT" in mobile.correction.text
    assert mobile.points == 1.0 * OUTDATED_FACTOR  # a supporting sentence, counted half
    assert tf.contributions["mobile-embedded"] == pytest.approx(100 * OUTDATED_FACTOR / 4)
    article_only = rank_subjects(articles[SEED], {"mobile-embedded": 1})
    assert next(s for s in article_only.ranked if s.subject == "TensorFlow").score == 25


@pytest.mark.parametrize(
    ("need", "fact_id"),
    [
        ("mobile-embedded", "tensorflow-lite-litert"),
        ("visualization-monitoring", "tensorboard-beyond-tensorflow"),
        ("production-deployment", None),  # "TensorFlow Serving" is in neither fact's clause
    ],
)
def test_a_sentence_with_two_facts_gives_each_need_its_own(
    articles: dict[str, Article], facts: tuple[Fact, ...], need: str, fact_id: str | None
) -> None:
    evidence = [
        e
        for e in load_tagger().article_evidence(articles[SEED], facts)
        if e.subject == "TensorFlow" and e.need == need and "TensorBoard" in e.text
    ]
    assert [e.correction.fact_id if e.correction else None for e in evidence] == [fact_id]


def test_a_corrected_sentence_counts_nothing() -> None:
    note = Correction("corrected", "Never true.", None, "x")
    ev = Evidence("A", "research", "A is best for research.", "research", "verdict", "s", 1)
    assert ev.points == 3.0
    assert Evidence(**{**ev.__dict__, "correction": note}).points == 0.0


def test_evidence_from_facts_counts_and_is_kept_apart(articles: dict[str, Article]) -> None:
    """The hook for a facts matrix: evidence of kind 'fact' adds to the article's own."""
    fact = Evidence(
        "PyTorch",
        "mobile-embedded",
        "ExecuTorch runs PyTorch models on phones.",
        "ExecuTorch",
        "summary",
        "ExecuTorch documentation",
        0,
        kind="fact",
        url="https://pytorch.org/executorch/",
        as_of="2025-10",
    )
    ranking = rank_subjects(
        articles[SEED], {"mobile-embedded": 1}, must=["mobile-embedded"], extra=[fact]
    )
    pytorch = next(s for s in ranking.ranked if s.subject == "PyTorch")
    assert pytorch.meets_must and pytorch.evidence == (fact,)
    assert pytorch.score == 50.0
    plain = rank_subjects(articles[SEED], {"mobile-embedded": 1}, must=["mobile-embedded"])
    assert not next(s for s in plain.ranked if s.subject == "PyTorch").meets_must
