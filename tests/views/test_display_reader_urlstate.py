"""Small pure helpers of the views: safe Markdown, reader layout, URL value cleaning."""

from __future__ import annotations

import pytest

from explorer.load import load_article
from explorer.model import Claim
from explorer.views.article import claim_at, reader_sections, run_labels
from explorer.views.markdown import safe_markdown
from explorer.views.urlstate import (
    clean_choices,
    clean_flag,
    clean_text,
    dropped_notice,
    match_key,
)
from tests.support import ROOT

SEED = ROOT / "data" / "articles" / "keras-tensorflow-pytorch.md"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("![tracker](https://evil.example/p.gif)", "[image: tracker]"),
        ("![](x.png) after", "[image: untitled] after"),
        (r"time \(O(VE)\) here", "time $O(VE)$ here"),
        (r"\[ x^2 \]", "$$x^2$$"),
        ("$2^{24} - 2$ stays", "$2^{24} - 2$ stays"),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),  # Streamlit escapes HTML
    ],
)
def test_safe_markdown(text: str, shown: str) -> None:
    assert safe_markdown(text) == shown


def test_reader_sections_follow_the_article() -> None:
    article = load_article(SEED)
    sections = reader_sections(article)
    assert [s.heading for s in sections] == [
        None,
        "Keras",
        "TensorFlow",
        "PyTorch",
        "Summary",
        "Conclusion",
    ]
    keras = sections[1].blocks
    assert keras[0].markdown.startswith("**High-Level API**: Keras is designed")
    assert keras[0].claim is not None and keras[0].line == keras[0].claim.line


def test_a_howto_reads_as_steps_with_its_points() -> None:
    article = load_article(ROOT / "data" / "articles" / "howto-mysql-debian.md")
    sections = reader_sections(article)
    assert [s.heading for s in sections] == [None, "Key points", "Conclusion"]
    step3 = [b.markdown for b in sections[1].blocks if b.claim and "Step 3" in str(b.claim)]
    assert step3[0].startswith("**Step 3: Install MySQL Server and Client**: Now, you can")
    assert step3[1].startswith("During the installation")  # the step's label once
    assert "mysql -u root -p" in sections[2].blocks[0].markdown  # its code in the conclusion


def _claim(attribute: str | None) -> Claim:
    return Claim(None, attribute, "text", 1, "difference")


@pytest.mark.parametrize(
    ("attributes", "shown"),
    [
        ([], []),
        (["A", "A", "B", "A"], ["A", None, "B", "A"]),
        ([None, None, "A"], [None, None, "A"]),
        (["A", None, "A"], ["A", None, "A"]),
    ],
)
def test_a_label_is_shown_once_per_run(
    attributes: list[str | None], shown: list[str | None]
) -> None:
    assert run_labels([_claim(a) for a in attributes]) == shown


@pytest.mark.parametrize(
    ("raw", "found", "notice"),
    [
        (None, False, None),
        ("", False, None),
        ("abc", False, "not a line number"),
        ("99999", False, "No claim starts at line 99999"),
    ],
)
def test_claim_at_bad_values(raw: str | None, found: bool, notice: str | None) -> None:
    highlight = claim_at(load_article(SEED), raw)
    assert (highlight.claim is not None) is found
    assert (notice is None and highlight.notice is None) or (
        notice is not None and notice in (highlight.notice or "")
    )


def test_claim_at_finds_the_claim() -> None:
    article = load_article(SEED)
    claim = article.comparison.claims[5]
    assert claim_at(article, str(claim.line)).claim == claim


@pytest.mark.parametrize(
    ("raw", "multi", "values", "dropped"),
    [
        (["a", "zz", "b"], True, ("a", "b"), ("zz",)),
        (["a", "b"], False, ("b",), ()),
        (["zz"], False, (), ("zz",)),
        ([], True, (), ()),
        (["a", "a"], True, ("a",), ()),
    ],
)
def test_clean_choices(
    raw: list[str], multi: bool, values: tuple[str, ...], dropped: tuple[str, ...]
) -> None:
    cleaned = clean_choices(raw, ["a", "b", "c"], multi=multi)
    assert (cleaned.values, cleaned.dropped) == (values, dropped)


@pytest.mark.parametrize(
    ("raw", "values", "dropped"),
    [
        (["Pytorch"], ("PyTorch",), ()),
        (["  keras "], ("Keras",), ()),
        (["tensor flow", "TENSORFLOW"], ("TensorFlow",), ()),
        (["beginner friendly"], ("beginner-friendly",), ()),
        (["Beginner_Friendly"], ("beginner-friendly",), ()),
        (["Ｋｅｒａｓ"], ("Keras",), ()),  # full-width letters, as pasted from some slides
        (["Pytorch2"], (), ("Pytorch2",)),
    ],
)
def test_clean_choices_forgives_case_and_spacing(
    raw: list[str], values: tuple[str, ...], dropped: tuple[str, ...]
) -> None:
    options = ["Keras", "TensorFlow", "PyTorch", "beginner-friendly"]
    cleaned = clean_choices(raw, options, multi=True)
    assert (cleaned.values, cleaned.dropped) == (values, dropped)


def test_options_that_differ_only_in_case_match_exactly() -> None:
    options = ["Go", "GO", "Rust"]
    assert clean_choices(["GO"], options, multi=False).values == ("GO",)
    assert clean_choices(["go"], options, multi=False).dropped == ("go",)
    assert clean_choices(["rust"], options, multi=False).values == ("Rust",)
    assert match_key(" Bellman-Ford  Algorithm") == match_key("bellman ford algorithm")


@pytest.mark.parametrize(
    ("raw", "value", "dropped"),
    [
        (["true"], "true", ()),
        (["0"], "false", ()),
        (["Yes"], "true", ()),
        (["maybe"], None, ("maybe",)),
        ([], None, ()),
    ],
)
def test_clean_flag(raw: list[str], value: str | None, dropped: tuple[str, ...]) -> None:
    cleaned = clean_flag(raw)
    assert (cleaned.value, cleaned.dropped) == (value, dropped)


def test_clean_text_cuts_long_searches() -> None:
    assert clean_text(["x" * 250]).value == "x" * 200
    assert clean_text(["short"]).dropped == ()


def test_dropped_notice_is_short() -> None:
    notice = dropped_notice("subjects", ["a" * 100, *"bcdefg"], "subject")
    assert "'aaaa" in notice and "..." in notice and "and 2 more" in notice
