"""Tagging: inflections, word boundaries, verdicts and caveats, and the Explore ``needs`` column."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from explorer.choosing.needs import Need
from explorer.choosing.tagging import (
    NEEDS_COLUMN,
    Tagger,
    add_needs_column,
    load_tagger,
    need_mask,
    need_regex,
    sentences,
    split_needs,
)
from explorer.corpus import load_corpus
from explorer.model import Article, claims_frame
from explorer.paths import DEFAULT_ARTICLES


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return load_tagger()


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return {a.id: a for a in load_corpus(DEFAULT_ARTICLES).articles}


def one(signal: str) -> Need:
    return Need("x", "X", "x?", (signal,))


@pytest.mark.parametrize(
    ("signal", "text", "matches"),
    [
        ("prototype", "ideal for rapid prototyping", True),
        ("prototype", "build a prototype", True),
        ("prototype", "many prototypes", True),
        ("prototype", "it was prototyped in a day", True),
        ("beginner", "suitable for beginners", True),
        ("beginner", "a Beginner", True),
        ("scale", "horizontal scaling", True),
        ("scale", "it scales out", True),
        ("simple", "generally simpler than", True),
        ("easy to learn", "easier to learn", True),
        ("fast", "faster read and write", True),
        ("deploy", "deployed to servers", True),
        ("user-friendly", "a user friendly interface", True),
        ("multi-gpu", "multi GPUs", True),
        ("monitor", "deployment and monitoring", True),
        ("transfer file", "transferring files between hosts", True),
        ("file transfer", "secure file transfers", True),
        # word boundaries: derivations that mean something else are not the signal
        ("prototype", "a prototypical example", False),
        ("custom", "customer relationship management", False),
        ("research", "the researcher", False),
        ("join", "adjoining rooms", False),
        ("scale", "escalate", False),
        ("ssh", "sshd", False),
        ("visual", "visually", False),
    ],
)
def test_inflections_and_word_boundaries(signal: str, text: str, matches: bool) -> None:
    assert bool(need_regex(one(signal)).search(text)) is matches


def test_the_longest_phrase_is_the_evidence() -> None:
    need = Need("x", "X", "x?", ("scale", "large-scale"))
    match = need_regex(need).search("well-suited for large-scale applications")
    assert match is not None and match.group(0) == "large-scale"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", ["One.", "Two."]),
        ("Cloud (e.g., Amazon S3) works. Next.", ["Cloud (e.g., Amazon S3) works.", "Next."]),
        ("Intro:\n```python\nx = 1. Y\n```\nAfter.", ["Intro:", "After."]),
        (
            "Adds an item.\n- **Time Complexity**: O(1)",
            ["Adds an item.", "- **Time Complexity**: O(1)"],
        ),
        ("", []),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("sentence", "need", "strength", "phrase"),
    [
        (
            "X is best for rapid prototyping and ease of use.",
            "rapid-prototyping",
            "verdict",
            "prototyping",
        ),
        ("X excels in production environments.", "production-deployment", "verdict", "production"),
        ("X is favored in academic and research environments.", "research", "verdict", "academic"),
        ("This is beneficial for research.", "research", "supporting", "research"),
        ("It offers less flexibility compared to Y.", "flexibility", "caveat", "flexibility"),
        (
            "The number of iterations is not known in advance.",
            "reliability",
            "caveat",
            "known in advance",
        ),
        ("It is not as fast as Y.", "performance", "caveat", "fast"),
        (
            "Used for secure transfers, but does not support file locking.",
            "security",
            "supporting",
            "secure",
        ),
        (
            "Used for secure transfers, but does not support file locking.",
            "reliability",
            "caveat",
            "file locking",
        ),
    ],
)
def test_strength_of_a_tag(
    tagger: Tagger, sentence: str, need: str, strength: str, phrase: str
) -> None:
    tags = {t.need: t for t in tagger.tag(sentence)}
    assert tags[need].strength == strength
    assert tags[need].phrase == phrase


def test_summary_sentences_are_verdicts_when_they_say_so(
    tagger: Tagger, articles: dict[str, Article]
) -> None:
    evidence = tagger.article_evidence(articles["keras-tensorflow-pytorch"])
    summary = [e for e in evidence if e.source == "summary"]
    assert {(e.subject, e.need) for e in summary} >= {
        ("Keras", "beginner-friendly"),
        ("Keras", "rapid-prototyping"),
        ("TensorFlow", "production-deployment"),
        ("PyTorch", "research"),
    }
    assert all(e.strength == "verdict" for e in summary)


def test_plain_summaries_are_summary_strength(tagger: Tagger, articles: dict[str, Article]) -> None:
    evidence = tagger.article_evidence(articles["loops-count-condition"])
    count = [e for e in evidence if e.source == "summary" and e.subject == "Count-Controlled Loops"]
    assert [(e.need, e.strength) for e in count] == [("reliability", "summary")]


@pytest.mark.parametrize(
    ("article", "subject", "needs"),
    [
        ("relational-nosql", "Relational Databases (RDBMS)", {"reliability", "complex-queries"}),
        ("relational-nosql", "NoSQL Databases", {"scalability", "performance", "flexibility"}),
        ("file-protocols", "SCP (Secure Copy Protocol)", {"security", "file-transfer"}),
        ("file-protocols", "NFS (Network File System)", {"file-sharing", "compatibility"}),
        ("ula-link-local", "Unique Local Unicast Addresses (ULAs)", {"security"}),
        ("ula-link-local", "Link-Local Addresses", {"simplicity", "small-scale"}),
        ("subnet-masks", "/24", {"small-scale"}),
        ("substitution-recursion-tree", "Recursion Tree Method", {"visualization-monitoring"}),
    ],
)
def test_non_ml_articles_get_sensible_needs(
    tagger: Tagger, articles: dict[str, Article], article: str, subject: str, needs: set[str]
) -> None:
    found = {
        e.need
        for e in tagger.article_evidence(articles[article])
        if e.subject == subject and e.strength != "caveat"
    }
    assert needs <= found


def test_a_weakness_is_not_counted_for_the_subject(
    tagger: Tagger, articles: dict[str, Article]
) -> None:
    evidence = tagger.article_evidence(articles["relational-nosql"])
    rdbms_scale = [
        e for e in evidence if e.subject.startswith("Relational") and e.need == "scalability"
    ]
    assert rdbms_scale and all(e.strength == "caveat" for e in rdbms_scale)


def test_tagging_is_deterministic(tagger: Tagger, articles: dict[str, Article]) -> None:
    article = articles["keras-tensorflow-pytorch"]
    assert tagger.article_evidence(article) == Tagger(tagger.needs).article_evidence(article)


def test_add_needs_column_for_the_explore_page(articles: dict[str, Article]) -> None:
    frame = claims_frame(articles.values())
    tagged = add_needs_column(frame)
    assert NEEDS_COLUMN not in frame.columns  # a copy, the input is untouched
    assert list(tagged.columns) == [*frame.columns, NEEDS_COLUMN]
    assert len(tagged) == len(frame)
    assert tagged[NEEDS_COLUMN].map(type).eq(str).all()
    keras = tagged[(tagged.subject == "Keras") & (tagged.kind == "summary")]
    assert keras[NEEDS_COLUMN].iloc[0] == "beginner-friendly, rapid-prototyping, simplicity"
    # round-trips through CSV as plain text
    back = pd.read_csv(io.StringIO(tagged.to_csv(index=False)), keep_default_na=False)
    assert back[NEEDS_COLUMN].tolist() == tagged[NEEDS_COLUMN].tolist()


def test_need_mask(articles: dict[str, Article]) -> None:
    tagged = add_needs_column(claims_frame([articles["keras-tensorflow-pytorch"]]))
    research = tagged[need_mask(tagged, ["research"])]
    assert set(research.subject) == {"PyTorch"}
    assert all("research" in split_needs(v) for v in research[NEEDS_COLUMN])
    assert not need_mask(tagged, []).any()
    both = tagged[need_mask(tagged, ["research", "mobile-embedded"])]
    assert set(both.subject) == {"PyTorch", "TensorFlow"}


def test_caveats_can_be_included(articles: dict[str, Article]) -> None:
    frame = claims_frame([articles["keras-tensorflow-pytorch"]])
    limitation = frame[frame.attribute == "Limitations"]
    assert add_needs_column(limitation)[NEEDS_COLUMN].iloc[0] == ""
    with_caveats = add_needs_column(limitation, include_caveats=True)
    assert with_caveats[NEEDS_COLUMN].iloc[0] == "flexibility"
