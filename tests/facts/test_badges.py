"""explorer.facts.badges: one look for a correction, and its export columns."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import date
from typing import Any

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.facts import (
    EXPORT_COLUMNS,
    STATUS_LOOKS,
    STATUSES,
    CorrectionBadge,
    Fact,
    correction_badge,
    correction_badges,
    export_columns,
    first_sentence,
    load_facts,
    with_export_columns,
)
from explorer.paths import DEFAULT_FACTS

LITERT = "https://github.com/google-ai-edge/LiteRT/blob/cfc7683/README.md"


def make_fact(**changes: Any) -> Fact:
    fields: dict[str, Any] = {
        "id": "lite-renamed",
        "subject": "TensorFlow",
        "match": "TensorFlow Lite",
        "status": "outdated",
        "correction": "TensorFlow Lite was renamed LiteRT. The .tflite format is unchanged.",
        "sources": [
            {"title": "LiteRT README", "url": LITERT, "date": "2024-09-04"},
            {"title": "Current docs", "url": "https://ai.google.dev/edge/litert"},
        ],
        "checked": "2026-11-25",
        "as_of": "2024-09-04",
    }
    fields.update(changes)
    return Fact.model_validate(fields)


@pytest.mark.parametrize(
    ("changes", "label"),
    [
        ({}, "Outdated since 2024-09"),
        ({"as_of": "2024"}, "Outdated since 2024"),
        ({"as_of": None}, "Outdated"),
        ({"status": "corrected"}, "Corrected"),
        ({"status": "clarified"}, "Clarified"),
        ({"status": "confirmed"}, "Still true as of 2026-11"),
    ],
)
def test_label_names_the_status_and_its_month(changes: dict[str, Any], label: str) -> None:
    assert correction_badge(make_fact(**changes)).label == label


def test_every_status_has_a_theme_colour_and_an_icon() -> None:
    palette = {"red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary"}
    assert set(STATUS_LOOKS) == set(STATUSES)
    for colour, icon in STATUS_LOOKS.values():
        assert colour in palette
        assert icon.startswith(":material/") and icon.endswith(":")
    # Colour alone never carries the status: each status has its own colour AND its own icon.
    assert len({c for c, _ in STATUS_LOOKS.values()}) == len(STATUSES)
    assert len({i for _, i in STATUS_LOOKS.values()}) == len(STATUSES)


def test_the_badge_keeps_the_sentence_and_puts_the_rest_behind_the_toggle() -> None:
    badge = correction_badge(make_fact(), "2024-11-26")
    assert badge.sentence == "TensorFlow Lite was renamed LiteRT."
    assert badge.more == "The .tflite format is unchanged."
    assert badge.correction == make_fact().correction
    assert badge.colour == "orange"
    assert badge.as_of == "2024-09-04"
    assert badge.checked == "2026-11-25"
    assert badge.sources == (
        ("LiteRT README", LITERT, "2024-09-04"),
        ("Current docs", "https://ai.google.dev/edge/litert", None),
    )
    assert badge.badge_markdown == ":orange-badge[:material/history: Outdated since 2024-09]"
    with pytest.raises(FrozenInstanceError):
        badge.label = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("article_date", "when"),
    [
        ("2024-11-26", "changed 2024-09-04, before this article was written"),
        ("2023-01-05", "changed 2024-09-04, after this article was written"),
        (None, "changed 2024-09-04"),
        ("not a date", "changed 2024-09-04"),
    ],
)
def test_timing_is_the_notes_wording(article_date: str | None, when: str) -> None:
    assert correction_badge(make_fact(), article_date).when == when


def test_an_undated_fact_has_no_timing() -> None:
    assert correction_badge(make_fact(as_of=None), "2024-11-26").when == ""


def test_confirmed_is_as_of_the_day_it_was_checked() -> None:
    badge = correction_badge(make_fact(status="confirmed", as_of=None))
    assert (badge.colour, badge.as_of) == ("green", "2026-11-25")


@pytest.mark.parametrize(
    ("text", "first", "rest"),
    [
        ("One sentence only.", "One sentence only.", ""),
        (
            "Renamed in 2024; the .tflite format is unchanged.",
            "Renamed in 2024; the .tflite format is unchanged.",
            "",
        ),
        ("Since 2.19 it warns. It is gone in 3.0.", "Since 2.19 it warns.", "It is gone in 3.0."),
        (
            "It is unchanged. tf.lite.Interpreter warns.",
            "It is unchanged.",
            "tf.lite.Interpreter warns.",
        ),
        ("Use a backend, e.g. JAX. Then train.", "Use a backend, e.g. JAX.", "Then train."),
        ('Is it true? "Yes", says the README.', "Is it true?", '"Yes", says the README.'),
        ("Two  spaces\n and a break. Next one.", "Two spaces and a break.", "Next one."),
    ],
)
def test_first_sentence(text: str, first: str, rest: str) -> None:
    assert first_sentence(text) == (first, rest)


@given(st.text(alphabet=st.sampled_from("aZ1 .!?;\"'(\n"), max_size=60))
def test_first_sentence_loses_nothing(text: str) -> None:
    first, rest = first_sentence(text)
    assert " ".join(f"{first} {rest}".split()) == " ".join(text.split())
    assert first_sentence(first) == (first, "")


def test_plain_text_form_has_status_timing_text_dated_sources_and_check_day() -> None:
    text = correction_badge(make_fact(), "2024-11-26").text()
    assert text == (
        "Outdated since 2024-09 (changed 2024-09-04, before this article was written): "
        "TensorFlow Lite was renamed LiteRT. The .tflite format is unchanged. "
        f"Sources: LiteRT README (2024-09-04) {LITERT}; "
        "Current docs (undated) https://ai.google.dev/edge/litert. Checked 2026-11-25."
    )
    assert "\n" not in text


def test_shipped_corrections_each_get_a_one_sentence_badge() -> None:
    facts = load_facts(DEFAULT_FACTS, today=date(2026, 12, 1))
    badges = correction_badges(facts, "2024-11-26")
    assert [b.fact_id for b in badges] == [f.id for f in facts]
    for badge, fact in zip(badges, facts, strict=True):
        assert isinstance(badge, CorrectionBadge)
        assert first_sentence(badge.sentence) == (badge.sentence, "")
        assert badge.correction == fact.correction  # nothing lost
        assert badge.label.split()[0] in {"Outdated", "Corrected", "Clarified", "Still"}
    lite = next(b for b in badges if b.fact_id == "tensorflow-lite-litert")
    assert lite.label == "Outdated since 2024-09"
    assert "LiteRT" in lite.sentence and "tf.lite.Interpreter" not in lite.sentence


# --------------------------------------------------------------------------- export columns


def test_no_fact_gives_empty_columns() -> None:
    assert export_columns([]) == dict.fromkeys(EXPORT_COLUMNS, "")


def test_two_facts_stay_in_order_in_one_row() -> None:
    board = make_fact(
        id="board-any-backend",
        match="TensorBoard",
        status="clarified",
        correction="TensorBoard works with any backend.",
        sources=[{"title": "Board docs", "url": "https://example.org/board"}],
        as_of=None,
    )
    cols = export_columns([make_fact(), board], "2024-11-26")
    assert cols == {
        "correction_status": "outdated | clarified",
        "correction_text": (
            "TensorFlow Lite was renamed LiteRT. The .tflite format is unchanged. | "
            "TensorBoard works with any backend."
        ),
        "correction_as_of": "2024-09-04 | ",
        "correction_sources": f"{LITERT} https://ai.google.dev/edge/litert https://example.org/board",
    }


def test_a_url_two_facts_cite_is_listed_once() -> None:
    other = make_fact(id="lite-other", status="clarified")
    assert export_columns([make_fact(), other])["correction_sources"] == (
        f"{LITERT} https://ai.google.dev/edge/litert"
    )


def test_frame_gets_one_row_per_claim_in_the_order_shown() -> None:
    frame = pd.DataFrame(
        {
            "article": ["a", "a", "b"],
            "subject": ["PyTorch", "TensorFlow", float("nan")],
            "text": ["Runs on mobile.", "Has TensorFlow Lite for phones.", "TensorFlow Lite"],
        },
        index=[7, 3, 5],  # sorted on screen: the export keeps this order
    )
    out = with_export_columns(frame, [make_fact()], article_dates={"a": "2024-11-26"})
    assert list(out.index) == [7, 3, 5]
    assert list(out["correction_status"]) == ["", "outdated", ""]
    assert list(out["correction_as_of"]) == ["", "2024-09-04", ""]
    assert list(out.columns) == [*frame.columns, *EXPORT_COLUMNS]
    assert list(frame.columns) == ["article", "subject", "text"]  # the input is left alone


def test_empty_frame_gets_the_columns() -> None:
    frame = pd.DataFrame({"article": [], "subject": [], "text": []})
    assert list(with_export_columns(frame, [make_fact()]).columns)[-4:] == list(EXPORT_COLUMNS)
