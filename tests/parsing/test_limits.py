"""Hostile and oversized Markdown: cut at a named limit, with a warning that says where and why.

One row per case, each with a builder that writes the file in memory (no committed bombs).
Every case must parse (no RecursionError, no crash), say the cut in a warning that names a
line, and keep what came before the cut.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from explorer.load import parse_article_text
from explorer.parsing import parse_comparison
from explorer.parsing.limits import (
    MAX_CLAIMS,
    MAX_GROUPS,
    MAX_NESTING,
    MAX_SUBJECTS,
    MAX_TABLE_ROWS,
)

GOOD = "## Alpha\n\n- **Speed**: fast\n\n## Beta\n\n- **Speed**: slow\n\n"
QUESTION = "How do Alpha and Beta differ?"


def _front(body: str) -> str:
    return f"---\ntitle: {QUESTION}\nquestion: {QUESTION}\n---\n{body}"


def _deep_list(n: int) -> str:
    return GOOD + "- " * n + "x\n"


def _deep_quote(n: int) -> str:
    return GOOD + ">" * n + " x\n"


def _indented_list(n: int) -> str:
    return GOOD + "".join("  " * i + "- level\n" for i in range(n))


def _quotes_and_lists(n: int) -> str:
    return GOOD + "> - " * n + "x\n"


def _long_table(n: int) -> str:
    rows = "".join(f"| Row {i} | a{i} | b{i} |\n" for i in range(n))
    return GOOD + "| Aspect | Alpha | Beta |\n| --- | --- | --- |\n" + rows


def _many_subjects(n: int) -> str:
    return GOOD + "".join(f"## Thing {i}\n\n- **Speed**: {i}\n\n" for i in range(n))


def _many_claims(n: int) -> str:
    return (
        "## Alpha\n\n"
        + "".join(f"- **Trait {i}**: yes\n" for i in range(n))
        + "\n## Beta\n\n- **Speed**: slow\n"
    )


# name -> (builder, size, words the warning must use)
CASES: dict[str, tuple[Callable[[int], str], int, str]] = {
    "400 nested list markers": (_deep_list, 400, "nested too deep"),
    "995 nested quotes": (_deep_quote, 995, "nested too deep"),
    # As deep as one line may be (the loader refuses longer lines: explorer.load.MAX_LINE_CHARS).
    "15,000 nested quotes": (_deep_quote, 15_000, "nested too deep"),
    "lists nested by indentation": (_indented_list, 3 * MAX_NESTING, "nested too deep"),
    "quotes and lists interleaved": (_quotes_and_lists, 300, "nested too deep"),
    "a table past the row limit": (_long_table, MAX_TABLE_ROWS + 50, "too many rows"),
    "subjects past the limit": (_many_subjects, MAX_SUBJECTS + 20, "too many subjects"),
    "sections past the limit": (_many_subjects, MAX_GROUPS + 10, "too many sections"),
    "statements past the limit": (_many_claims, MAX_CLAIMS + 10, "too many statements"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_cut_with_a_warning_that_says_where(name: str) -> None:
    build, size, words = CASES[name]
    comp = parse_comparison(build(size), title=QUESTION, question=QUESTION)
    cuts = [w for w in comp.warnings if words in w]
    assert len(cuts) == 1, comp.warnings  # said once, not once per dropped item
    assert cuts[0].startswith("line ") and "limit" in cuts[0]
    assert comp.subjects[:2] == ("Alpha", "Beta")  # what came before the cut is kept
    assert len(comp.subjects) <= MAX_SUBJECTS
    total = len(comp.claims) + len(comp.differences) + len(comp.summary_claims)
    assert total <= MAX_CLAIMS


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_loader_reports_the_cut_as_a_warning_not_an_error(name: str) -> None:
    build, size, words = CASES[name]
    article = parse_article_text(_front(build(size)), article_id="big")
    assert any(words in w for w in article.comparison.warnings)


def test_the_cut_line_is_where_it_happens() -> None:
    comp = parse_comparison(_deep_list(400), title=QUESTION, question=QUESTION)
    (cut,) = [w for w in comp.warnings if "nested" in w]
    assert cut.startswith(f"line {GOOD.count(chr(10)) + 1}:")


def test_nesting_within_the_limit_is_not_cut() -> None:
    body = GOOD + "".join("  " * i + "- level\n" for i in range(MAX_NESTING - 1))
    comp = parse_comparison(body, title=QUESTION, question=QUESTION)
    assert not [w for w in comp.warnings if "nested" in w]


def test_text_past_the_nesting_limit_is_kept_as_text() -> None:
    comp = parse_comparison(
        GOOD + "- " * 100 + "deepest words\n", title=QUESTION, question=QUESTION
    )
    said = [*comp.differences, *comp.claims]
    assert any("deepest words" in c.text for c in said)


@pytest.mark.parametrize(
    "invisible",
    ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u2066", "\u200f"],
)
def test_names_differing_only_by_invisible_characters_are_one(invisible: str) -> None:
    body = (
        "## Zeta\n\n- **Speed**: fast\n\n## Eta\n\n- **Speed**: slow\n\n"
        f"## Ze{invisible}ta\n\n- **Cost**: low\n- **Spe{invisible}ed**: very fast\n"
    )
    comp = parse_comparison(body, title="Zeta vs Eta", question="How do Zeta and Eta differ?")
    assert comp.subjects == ("Zeta", "Eta")
    assert set(comp.attributes) == {"Speed", "Cost"}
    assert all(invisible not in (c.subject or "") + (c.attribute or "") for c in comp.claims)
