"""The FIRST request to a freshly started server is a deep link, and the page shows that state.

Folder mode (``pages/``) without ``st.navigation``: every page is self-contained, so a student
who opens a shared link after a reboot or a wake from sleep sees the linked view, not an error
(see section 0 of the Streamlit 1.67 notes). Each test here starts its own server.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

import pytest
from browser_support import expect_page, selectbox, tags

from explorer.facts import group_label
from explorer.load import load_article
from explorer.paths import DEFAULT_ARTICLES

pytestmark = pytest.mark.browser

ULA = "ula-link-local"
KERAS = "keras-tensorflow-pytorch"


def article(article_id: str) -> Any:
    return load_article(DEFAULT_ARTICLES / f"{article_id}.md")


def first_visit(fresh_server: Any, open_app: Any, path: str, **env: str) -> Any:
    """A brand-new server whose very first HTTP request is ``path`` from the browser."""
    server = fresh_server(env or None)
    visit = open_app(server)
    visit.goto(path)
    return visit


def test_compare_article_deep_link(fresh_server: Any, open_app: Any) -> None:
    """/Compare?article=ula-link-local shows that article and all its subjects."""
    from playwright.sync_api import expect

    ula = article(ULA)
    visit = first_visit(fresh_server, open_app, f"/Compare?article={ULA}")
    expect_page(visit, "Compare")
    page = visit.page
    expect(selectbox(page, "Article")).to_have_value(ula.title)
    expect(tags(page, "Subjects")).to_have_text(list(ula.comparison.subjects))
    visit.assert_clean()
    # The rest of the app works from there (no page was skipped by the deep link).
    page.get_by_test_id("stSidebar").get_by_text("Home", exact=True).click()
    expect(page).to_have_url(visit.server.url + "/")
    expect_page(visit, "Home")
    visit.assert_clean()


def test_compare_full_state_deep_link(fresh_server: Any, open_app: Any) -> None:
    """Subjects, transpose and "only rows that differ" all come from the first URL."""
    from playwright.sync_api import expect

    keras = article(KERAS)
    query = urlencode(
        [
            ("article", KERAS),
            ("subjects", "Keras"),
            ("subjects", "PyTorch"),
            ("transpose", "true"),
            ("differ", "true"),
        ]
    )
    visit = first_visit(fresh_server, open_app, f"/Compare?{query}")
    page = visit.page
    expect_page(visit, "Compare")
    expect(selectbox(page, "Article")).to_have_value(keras.title)
    expect(tags(page, "Subjects")).to_have_text(["Keras", "PyTorch"])
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("switch", name="Subjects as rows")).to_be_checked()
    expect(main.get_by_role("switch", name="Only rows that differ")).to_be_checked()
    expect(page).to_have_url(re.compile(r"transpose=true"))
    visit.assert_clean()


def test_explore_deep_link(fresh_server: Any, open_app: Any) -> None:
    from playwright.sync_api import expect

    ula = article(ULA)
    visit = first_visit(fresh_server, open_app, f"/Explore?articles={ULA}&q=prefix")
    page = visit.page
    expect_page(visit, "Explore")
    expect(tags(page, "Articles")).to_have_text([ula.title])
    expect(page.get_by_label("Search subject, attribute and text")).to_have_value("prefix")
    counts = page.get_by_test_id("stMain").get_by_text(re.compile(r"of \d+ claims match"))
    expect(counts).to_be_visible()
    shown, total = map(int, re.findall(r"\d+", counts.inner_text())[:2])
    assert 0 < shown < total, counts.inner_text()
    visit.assert_clean()


def test_article_deep_link_highlights_claim(fresh_server: Any, open_app: Any) -> None:
    from playwright.sync_api import expect

    ula = article(ULA)
    line = ula.comparison.claims[0].line
    visit = first_visit(fresh_server, open_app, f"/Article?article={ULA}&claim={line}")
    page = visit.page
    expect_page(visit, "Article")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name=ula.title)).to_be_visible()
    expect(main.get_by_text(re.compile(rf"Linked claim\W+line {line}\b"))).to_be_visible()
    visit.assert_clean()


def test_chooser_deep_link(fresh_server: Any, open_app: Any) -> None:
    from playwright.sync_api import expect

    query = urlencode(
        [("article", KERAS), ("mode", "weights"), ("needs", "research"), ("w-research", "10")]
    )
    visit = first_visit(fresh_server, open_app, f"/Chooser?{query}")
    page = visit.page
    expect_page(visit, "Chooser")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text(re.compile(r"Best fit:\s*PyTorch"))).to_be_visible()
    visit.assert_clean()


def test_facts_deep_link(fresh_server: Any, open_app: Any) -> None:
    """/Facts with subjects and a fact group: the first request shows exactly those."""
    from playwright.sync_api import expect

    query = urlencode([("subjects", "PyTorch"), ("subjects", "JAX"), ("group", "deployment")])
    visit = first_visit(fresh_server, open_app, f"/Facts?{query}")
    expect_page(visit, "Facts")
    page = visit.page
    expect(tags(page, "Subjects")).to_have_text(["PyTorch", "JAX"])
    expect(selectbox(page, "Fact group")).to_have_value(group_label("deployment"))
    expect(
        page.get_by_test_id("stMain").get_by_text(re.compile(r"^Data checked on "))
    ).to_be_visible()
    visit.assert_clean()


def test_subject_deep_link_matches_the_name_leniently(fresh_server: Any, open_app: Any) -> None:
    """/Subject?name=pytorch on a fresh server opens PyTorch, and the address bar says so."""
    from playwright.sync_api import expect

    visit = first_visit(fresh_server, open_app, "/Subject?name=pytorch")
    expect_page(visit, "Subject")
    page = visit.page
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name="PyTorch", exact=True)).to_be_visible()
    expect(page).to_have_url(re.compile(r"name=PyTorch"))
    visit.assert_clean()


def test_home_first_request(fresh_server: Any, open_app: Any) -> None:
    visit = first_visit(fresh_server, open_app, "/")
    expect_page(visit, "Home")
    visit.assert_clean()
