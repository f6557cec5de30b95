"""The Explore page: filters, search and counts return the right rows on the seed."""

from __future__ import annotations

import json

import pytest

from tests.pages.conftest import OpenPage

PAGE = "pages/2_Explore.py"
SEED = "keras-tensorflow-pytorch"


def table(at: object):  # type: ignore[no-untyped-def]
    return at.dataframe[0].value  # type: ignore[attr-defined]


def count_line(at: object) -> str:
    return next(m.value for m in at.markdown if "claims match" in m.value)  # type: ignore[attr-defined]


def test_default_shows_every_claim(open_page: OpenPage) -> None:
    at = open_page(PAGE)
    assert not at.exception
    rows = table(at)
    assert len(rows) > 100
    assert count_line(at) == f"**{len(rows)}** of {len(rows)} claims match."
    assert set(rows["article"]) >= {SEED, "ula-link-local"}


def test_article_and_subject_filters_from_the_url(open_page: OpenPage) -> None:
    at = open_page(PAGE, articles=SEED, subjects="Keras")
    rows = table(at)
    assert set(rows["subject"]) == {"Keras"}
    assert list(rows[rows["kind"] == "attribute"]["attribute"]) == [
        "High-Level API",
        "Multi-Backend Support",
        "Rapid Prototyping",
        "Limitations",
    ]
    summary = (
        "Keras is best for rapid prototyping and ease of use, making it suitable for "
        "beginners and quick model development."
    )
    assert list(rows[rows["kind"] == "summary"]["text"]) == [summary]


def test_search_is_case_insensitive_over_subject_attribute_and_text(open_page: OpenPage) -> None:
    at = open_page(PAGE, articles=SEED, q="RAPID prototyping")
    rows = table(at)
    assert len(rows) == 2  # Keras's Rapid Prototyping claim and its summary sentence
    assert all("rapid prototyping" in t.lower() for t in rows["text"])
    assert count_line(at).startswith("**2** of ")
    at = open_page(PAGE, q="ideal for research")  # matches the attribute name
    assert "Ideal for Research" in set(table(at)["attribute"])


def test_attribute_filter(open_page: OpenPage) -> None:
    at = open_page(PAGE, attributes="Scalability")
    rows = table(at)
    assert set(rows["attribute"]) == {"Scalability"}
    assert set(rows["subject"]) == {"Relational Databases (RDBMS)", "NoSQL Databases"}


def test_widgets_change_what_is_shown(open_page: OpenPage) -> None:
    at = open_page(PAGE)
    total = len(table(at))
    at.text_input(key="q").input("tensorboard").run()
    assert 0 < len(table(at)) < total
    assert all("tensorboard" in t.lower() for t in table(at)["text"])
    at.text_input(key="q").input("").run()
    at.multiselect(key="subjects").select("PyTorch").run()
    assert set(table(at)["subject"]) == {"PyTorch"}


@pytest.mark.parametrize(
    ("params", "notice"),
    [
        ({"articles": "nope"}, "'nope'"),
        ({"subjects": "Nobody"}, "'Nobody'"),
        ({"attributes": ["Scalability", "Colour"]}, "'Colour'"),
    ],
)
def test_bad_query_params_give_a_notice(
    open_page: OpenPage, params: dict[str, str | list[str]], notice: str
) -> None:
    at = open_page(PAGE, **params)
    assert not at.exception
    assert any(notice in i.value for i in at.info)


def test_downloads_are_offered(open_page: OpenPage) -> None:
    at = open_page(PAGE, articles=SEED)
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Download CSV", "Download Markdown"]


def test_no_match_says_so(open_page: OpenPage) -> None:
    at = open_page(PAGE, q="zzzz-not-anywhere")
    assert count_line(at).startswith("**0** of ")
    assert not at.get("download_button")


def test_needs_column_and_filter(open_page: OpenPage) -> None:
    at = open_page(PAGE, articles=SEED, needs="beginner-friendly")
    rows = table(at)
    assert len(rows) >= 2
    assert all("beginner-friendly" in cell for cell in rows["needs"])
    assert any("beginners" in text for text in rows["text"])
    assert at.multiselect(key="_url_needs").value == ["beginner-friendly"]


def test_corrections_column_marks_stale_claims(open_page: OpenPage) -> None:
    at = open_page(PAGE, articles=SEED, q="Theano")
    rows = table(at)
    assert list(rows["attribute"]) == ["Multi-Backend Support"]
    assert rows["correction"].iloc[0].startswith("Outdated")


@pytest.mark.parametrize("query", ["LiteRT", "outdated"])
def test_search_covers_corrections(open_page: OpenPage, query: str) -> None:
    at = open_page(PAGE, q=query)
    rows = table(at)
    assert len(rows) >= 1
    assert any(query.lower() in c.lower() for c in rows["correction"])
    if query == "LiteRT":  # named only in a correction, never in the seed's own text
        assert all(rows["correction_status"] != "")


def _seed_changes():  # type: ignore[no-untyped-def]
    from explorer.facts import article_changes, load_facts
    from explorer.load import load_article
    from explorer.paths import DATA_DIR, DEFAULT_FACTS

    seed = load_article(DATA_DIR / "articles" / f"{SEED}.md")
    return article_changes(seed, load_facts(DEFAULT_FACTS))


def test_the_what_changed_links_show_exactly_the_claims_they_count(open_page: OpenPage) -> None:
    changes = _seed_changes()
    assert changes.present, "the seed has corrected claims"
    for group in changes.present:
        at = open_page(PAGE, **changes.explore_params(group.status))
        assert not at.exception
        rows = table(at)
        assert len(rows) == group.count
        assert all(group.status in s for s in rows["correction_status"])
        assert count_line(at).startswith(f"**{group.count}** of ")
        assert at.selectbox(key="_url_corrected").value == group.status


def test_corrected_any_shows_every_corrected_claim_and_a_bad_value_is_named(
    open_page: OpenPage,
) -> None:
    at = open_page(PAGE, corrected="any")
    rows = table(at)
    assert len(rows) >= 1 and all(rows["correction_status"] != "")
    assert any(f"{len(rows)} of all claims carry a dated correction" in c.value for c in at.caption)
    bad = open_page(PAGE, corrected="stale")
    assert not bad.exception
    assert any("'stale'" in i.value for i in bad.info)
    assert len(table(bad)) > len(rows)  # the unknown value is ignored: every claim


def test_the_sort_is_in_the_url_and_the_exports_keep_it(open_page: OpenPage) -> None:
    at = open_page(PAGE, articles=SEED, sort="subject")
    subjects = list(table(at)["subject"].fillna(""))
    assert subjects == sorted(subjects, key=str.lower)
    assert any("in the order chosen in 'Sort by'" in c.value for c in at.caption)


def test_subject_names_link_to_the_subject_page(open_page: OpenPage) -> None:
    at = open_page(PAGE, articles=SEED, subjects="Keras")
    rows = table(at)
    assert set(rows["subject_page"]) == {"Subject?name=Keras"}
    column = json.loads(at.dataframe[0].proto.columns)["subject_page"]
    assert column["label"] == "Subject"
    assert column["type_config"] == {"type": "link", "display_text": "name=([^&]*)"}
