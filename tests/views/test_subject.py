"""One subject across articles: lenient name matching, themes, every claim kept, pairs."""

from __future__ import annotations

from functools import cache

import pytest

from explorer.choosing import Tagger, load_tagger
from explorer.corpus import load_corpus
from explorer.load import parse_article_text
from explorer.model import Article
from explorer.paths import DEFAULT_ARTICLES
from explorer.views.collections import featured_first, home_list
from explorer.views.subject import (
    KnownSubject,
    default_pair,
    find_subject,
    known_subjects,
    pair_rows,
    subject_view,
)

SEED = "keras-tensorflow-pytorch"


@cache
def shipped() -> tuple[Article, ...]:
    articles = load_corpus(DEFAULT_ARTICLES).articles
    return tuple(featured_first(articles, home_list(articles).featured_id))


def tagger() -> Tagger:
    return load_tagger()


def article(article_id: str, question: str, body: str) -> Article:
    text = f"---\ntitle: {question}\nquestion: {question}\ndate: 2025-01-01\n---\n{body}"
    return parse_article_text(text, article_id=article_id)


FIRST = article(
    "first",
    "How do Pytorch and Widget differ?",
    "### Pytorch\n- **Research**: Pytorch is favored for research and experimentation.\n"
    "- **Licence**: It is released under a permissive licence.\n\n"
    "### Widget\n- **Research**: Widget is rarely used for research.\n",
)
SECOND = article(
    "second",
    "How do PyTorch and TensorFlow (TF) differ?",
    "### PyTorch\n- **Use**: PyTorch is ideal for research.\n"
    "- **Mixed**: Widget, by contrast, is built for mobile apps. PyTorch runs on servers.\n\n"
    "### TensorFlow (TF)\n- **Use**: TensorFlow is built for production deployment.\n\n"
    "### Key Differences\n- **Speed**: PyTorch and TensorFlow are both fast.\n",
)
THIRD = article(
    "third",
    "How do TensorFlow and Gadget differ?",
    "### TensorFlow\n- **Use**: TensorFlow is used in production.\n\n"
    "### Gadget\n- **Use**: Gadget is a toy.\n",
)
SMALL = (FIRST, SECOND, THIRD)


def by_name(known: tuple[KnownSubject, ...], name: str) -> KnownSubject:
    return next(k for k in known if k.name == name)


def test_spellings_merge_across_articles_the_way_the_parser_matches() -> None:
    known = known_subjects(SMALL)
    pytorch = by_name(known, "Pytorch")  # a tie: the first spelling seen wins
    assert pytorch.spellings == ("Pytorch", "PyTorch")
    assert pytorch.article_ids == ("first", "second")
    tf = next(k for k in known if "third" in k.article_ids and "second" in k.article_ids)
    assert set(tf.spellings) == {"TensorFlow (TF)", "TensorFlow"}
    # most articles first, then first seen
    assert [len(k.article_ids) for k in known] == sorted(
        (len(k.article_ids) for k in known), reverse=True
    )


@pytest.mark.parametrize(
    ("query", "expected", "notice"),
    [
        ("PyTorch", "Pytorch", None),
        ("pytorch", "Pytorch", None),
        ("  PYTORCH ", "Pytorch", None),
        ("TF", "TensorFlow", None),
        ("tensorflow", "TensorFlow", None),
        ("Gadget", "Gadget", None),
        ("Nonesuch", None, "No article compares a subject called 'Nonesuch'."),
        ("", None, None),
        (None, None, None),
    ],
)
def test_find_subject(query: str | None, expected: str | None, notice: str | None) -> None:
    known = known_subjects(SMALL)
    found = find_subject(known, query)
    if expected is None:
        assert found.subject is None
    else:
        assert found.subject is not None
        assert expected in found.subject.spellings
    assert found.notice == notice


def test_a_contained_name_matches_with_a_notice() -> None:
    found = find_subject(known_subjects(shipped()), "Azure")
    assert found.subject is not None and found.subject.name == "Microsoft Azure"
    assert found.notice == "No subject is called 'Azure'; showing 'Microsoft Azure'."


def test_every_claim_is_shown_once_at_least_and_themes_follow_the_vocabulary() -> None:
    known = known_subjects(SMALL)
    view = subject_view(SMALL, by_name(known, "Pytorch"), tagger())
    assert view.claim_count == 4
    research = view.theme("research")
    assert research is not None
    assert [(q.article_id, q.label) for q in research.quotes] == [
        ("first", "Research"),
        ("second", "Use"),
    ]
    # claims with no sentence on a theme about this subject are kept whole, not dropped:
    # the licence claim, and the claim whose only themed sentence is about another subject
    assert [q.text for q in view.other] == [
        "It is released under a permissive licence.",
        "Widget, by contrast, is built for mobile apps. PyTorch runs on servers.",
    ]
    order = [n.id for n in tagger().needs]
    assert [t.need for t in view.themes] == sorted((t.need for t in view.themes), key=order.index)


def test_a_sentence_about_another_subject_is_not_quoted_for_this_one() -> None:
    view = subject_view(SMALL, by_name(known_subjects(SMALL), "Pytorch"), tagger())
    quoted = [q.text for t in view.themes for q in t.quotes]
    assert not any(text.startswith("Widget") for text in quoted)
    assert view.theme("mobile-embedded") is None


def test_key_differences_that_name_the_subject_are_listed() -> None:
    view = subject_view(SMALL, by_name(known_subjects(SMALL), "Pytorch"), tagger())
    assert [(q.article_id, q.label) for q in view.mentions] == [("second", "Speed")]


def test_pairs_line_up_themes_and_say_when_an_article_is_silent() -> None:
    known = known_subjects(SMALL)
    tf = next(k for k in known if "third" in k.article_ids)
    view = subject_view(SMALL, tf, tagger())
    assert default_pair(view, "production-deployment") == ("second", "third")
    rows = {r.theme.need: r for r in pair_rows(view, "second", "third")}
    assert rows["production-deployment"].left and rows["production-deployment"].right
    gadget = subject_view(SMALL, by_name(known, "Gadget"), tagger())
    assert default_pair(gadget) is None


def test_pytorch_is_gathered_from_at_least_three_shipped_articles() -> None:
    known = known_subjects(shipped())
    found = find_subject(known, "PyTorch").subject
    assert found is not None and len(found.article_ids) >= 3
    assert found.article_ids[0] == SEED  # the featured article leads
    view = subject_view(shipped(), found, tagger())
    research = view.theme("research")
    assert research is not None and len(research.article_ids) >= 3
    assert research in view.shared_themes
    every = [q for t in view.themes for q in t.quotes] + list(view.other)
    by_article = {a.id: a for a in shipped()}
    for q in every:  # each quote is the article's own text, at the line it cites
        claim_lines = {
            c.line
            for c in (
                *by_article[q.article_id].comparison.claims,
                *by_article[q.article_id].comparison.summary_claims,
            )
            if c.subject in found.spellings
        }
        assert q.line in claim_lines
        assert q.text in by_article[q.article_id].markdown.replace("\n", " ") or q.strength


@pytest.mark.parametrize("name", ["Keras", "TensorFlow", "PyTorch", "Scikit-learn"])
def test_no_quote_opens_with_another_framework(name: str) -> None:
    others = {"Keras", "TensorFlow", "PyTorch", "Scikit-learn"} - {name}
    found = find_subject(known_subjects(shipped()), name).subject
    assert found is not None
    view = subject_view(shipped(), found, tagger())
    assert view.themes
    for theme in view.themes:
        for q in theme.quotes:
            assert not any(q.text.lstrip("-*_ ").startswith(o) for o in others), q
