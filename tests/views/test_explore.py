"""explorer.views.explore: filters, search and plain-text exports."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from explorer.corpus import load_corpus
from explorer.views.explore import (
    Filters,
    apply_filters,
    describe_filters,
    explore_table,
    filter_choices,
    need_options,
    search_terms,
    to_csv,
    to_markdown,
)
from tests.support import ROOT

ARTICLES = ROOT / "data" / "articles"
SEED = "keras-tensorflow-pytorch"


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return explore_table(load_corpus(ARTICLES).articles)


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("", []),
        ("rapid", ["rapid"]),
        ('"rapid prototyping" keras', ["rapid prototyping", "keras"]),
        ('unclosed "quote', ["unclosed", "quote"]),
    ],
)
def test_search_terms(query: str, terms: list[str]) -> None:
    assert search_terms(query) == terms


@pytest.mark.parametrize(
    ("filters", "expected_rows"),
    [
        (Filters(articles=(SEED,), subjects=("Keras",)), 5),  # four attributes + a summary
        (Filters(articles=(SEED,), query="RAPID PROTOTYPING"), 2),
        (Filters(articles=(SEED,), query='"rapid prototyping" keras'), 2),
        (Filters(articles=(SEED,), query="tensorboard"), 1),
        (Filters(attributes=("Scalability",)), 4),  # two section claims, two table rows
        (Filters(query="zzzz-nothing"), 0),
    ],
)
def test_filters(frame: pd.DataFrame, filters: Filters, expected_rows: int) -> None:
    shown = apply_filters(frame, filters)
    assert len(shown) == expected_rows
    for term in search_terms(filters.query) if len(shown) else []:
        joined = shown[["subject", "attribute", "text"]].fillna("").agg(" ".join, axis=1)
        assert joined.str.lower().str.contains(term.lower(), regex=False).all()


def test_search_covers_subject_and_attribute(frame: pd.DataFrame) -> None:
    by_attribute = apply_filters(frame, Filters(query="ideal for research"))
    assert "Ideal for Research" in set(by_attribute["attribute"])
    by_subject = apply_filters(frame, Filters(query="nosql"))
    assert "NoSQL Databases" in set(by_subject["subject"])


def test_needs_filter_reads_comma_separated_cells() -> None:
    small = pd.DataFrame(
        {
            "article": ["a", "a", "a"],
            "subject": ["X", "Y", "Z"],
            "attribute": ["p", "q", "r"],
            "text": ["t1", "t2", "t3"],
            "needs": ["speed, cost", "", "cost"],
        }
    )
    assert need_options(small) == ["speed", "cost"]
    assert list(apply_filters(small, Filters(needs=("cost",)))["subject"]) == ["X", "Z"]


def test_csv_is_plain_one_line_per_claim(frame: pd.DataFrame) -> None:
    shown = apply_filters(frame, Filters(articles=("stacks-queues",)))
    text = to_csv(shown)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:5] == ["article", "subject", "attribute", "kind", "text"]
    assert len(rows) == len(shown) + 1
    assert len(text.splitlines()) == len(shown) + 1  # code blocks folded onto one line


def test_markdown_export_escapes_pipes_and_folds_lines() -> None:
    small = pd.DataFrame(
        {
            "article": ["a"],
            "subject": ["X|Y"],
            "attribute": ["p"],
            "kind": ["attribute"],
            "text": ["line one\nline | two"],
            "line": [3],
        }
    )
    md = to_markdown(small, title="Claims (all claims)")
    assert md.splitlines()[0] == "# Claims (all claims)"
    assert "| a | X\\|Y | p | attribute | line one line \\| two | 3 |" in md.splitlines()
    assert md.isascii()


def test_describe_filters() -> None:
    filters = Filters(articles=(SEED,), subjects=("Keras",), query=" rapid ")
    assert describe_filters(filters, {SEED: "Keras vs"}) == (
        'articles: Keras vs; subjects: Keras; search: "rapid"'
    )
    assert describe_filters(Filters(), {}) == "all claims"


def test_explore_table_adds_needs_and_corrections() -> None:
    from explorer.choosing import load_tagger
    from explorer.facts import load_facts
    from explorer.paths import DEFAULT_FACTS

    articles = load_corpus(ARTICLES).articles
    table = explore_table(articles, load_tagger(), load_facts(DEFAULT_FACTS))
    assert len(table) == len(explore_table(articles))
    seed = table[table["article"] == SEED]
    assert seed["needs"].str.contains("beginner-friendly").any()
    assert seed["correction"].str.startswith("Outdated").any()
    assert "needs" not in explore_table(articles).columns  # no vocabulary, no needs column


def test_filter_choices_offer_only_what_the_table_has() -> None:
    small = pd.DataFrame(
        {
            "subject": ["beta", "Alpha", None],
            "attribute": ["Speed", "cost", "Speed"],
            "needs": ["speed", "", "speed, cost"],
        }
    )
    choices = filter_choices(small, ["cost", "colour", "speed"])
    assert choices.subjects == ("Alpha", "beta")
    assert choices.attributes == ("cost", "Speed")
    assert choices.needs == ("cost", "speed")


def test_export_frame_one_row_per_claim_with_correction_columns_and_need_labels() -> None:
    from explorer.choosing import load_tagger, need_labels
    from explorer.facts import EXPORT_COLUMNS, load_facts
    from explorer.load import load_article
    from explorer.paths import DEFAULT_FACTS
    from explorer.views.explore import export_frame, sort_frame

    articles = [load_article(ARTICLES / f"{SEED}.md")]
    facts = load_facts(DEFAULT_FACTS)
    tagger = load_tagger()
    table = sort_frame(explore_table(articles, tagger, facts), "subject")
    out = export_frame(table, facts, need_labels(tagger), {SEED: articles[0].date})
    assert list(out.index) == list(table.index)  # the chosen sort survives
    assert len(out) == len(table)
    assert set(EXPORT_COLUMNS) <= set(out.columns) and "correction" not in out
    stale = out[out["correction_status"].str.contains("outdated")]
    assert len(stale) >= 1
    assert all(
        u.startswith("https://") for cell in stale["correction_sources"] for u in cell.split()
    )
    labels = set(need_labels(tagger).values())
    cells = [n.strip() for cell in out["needs"] for n in cell.split(",") if n.strip()]
    assert cells and all(n in labels for n in cells)  # labels, never ids
    rows = list(csv.reader(io.StringIO(to_csv(out))))
    assert rows[0][-4:] == list(EXPORT_COLUMNS)
