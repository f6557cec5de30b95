"""Every cross-page link, clicked in ONE browser session, opens what it names; so does Back.

The other browser tests start each view from a fresh server or a fresh context, so they never
see a session that has shown another article before: exactly where a link used to lose to the
widget state the session kept ("Read the article" on the seed opened the first article).
Here one page is opened once and everything after is clicks: the article links on Home,
Compare, Article and Chooser, the sidebar menu (no parameters: every page at its defaults,
whatever it showed before), and browser Back through all of it, one entry per page opened
and per choice changed (``st.query_params`` writes push an entry in 1.67). After every step
the page is checked against its own address bar, so the check cannot drift from the link.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from browser_support import PAGES, choose, expect_page, selectbox, tags

from explorer.corpus import load_corpus
from explorer.paths import DEFAULT_ARTICLES
from explorer.views.collections import home_list

pytestmark = pytest.mark.browser

ULA = "ula-link-local"
CORPUS = load_corpus(DEFAULT_ARTICLES)
# What a page shows for ?article= absent (the featured article, issue 11), and what a stale
# state showed; the walk below follows another article so the two can be told apart.
FIRST = home_list(CORPUS.articles).featured_id or CORPUS.ids[0]
OTHER = next(i for i in CORPUS.ids if i not in (FIRST, ULA))
RESEARCH = "Research or experiments"

TO_COMPARE = "Compare the subjects side by side"
TO_ARTICLE = "Read the article"
TO_CHOOSER = "Which one fits my use case?"


def title(article_id: str) -> str:
    article = CORPUS.get(article_id)
    assert article is not None, article_id
    return article.title


def expect_at(visit: Any, name: str) -> None:
    """The browser is on page ``name`` (its address and its run), whatever the query."""
    from playwright.sync_api import expect

    route = re.escape(visit.server.url + PAGES[name].rstrip("/"))
    expect(visit.page).to_have_url(re.compile(rf"^{route}/?(\?.*)?$"))
    expect_page(visit, name)


def expect_shows_its_url(visit: Any, name: str) -> None:
    """Page ``name`` shows what its address names: the article, subjects, answer or search."""
    from playwright.sync_api import expect

    expect_at(visit, name)
    page = visit.page
    params = parse_qs(urlsplit(page.url).query)
    main = page.get_by_test_id("stMain")
    if name in ("Compare", "Article", "Chooser"):
        article_id = params.get("article", [FIRST])[-1]
        expect(selectbox(page, "Article")).to_have_value(title(article_id))
        article = CORPUS.get(article_id)
        assert article is not None
        if name == "Compare":
            subjects = params.get("subjects") or list(article.comparison.subjects)
            expect(tags(page, "Subjects")).to_have_text(subjects)
        if name == "Article":
            expect(main.get_by_role("heading", name=article.title)).to_be_visible()
        if name == "Chooser" and article.comparison.is_comparison:
            research = main.get_by_role("radio", name=RESEARCH)
            if params.get("build") == [RESEARCH]:
                expect(research).to_be_checked()
            else:
                expect(research).not_to_be_checked()
    if name == "Explore":
        search = page.get_by_label("Search subject, attribute and text")
        expect(search).to_have_value(params.get("q", [""])[-1])


TARGETS = {TO_COMPARE: "Compare", TO_ARTICLE: "Article", TO_CHOOSER: "Chooser"}


def page_of(url: str) -> str:
    path = urlsplit(url).path.rstrip("/")
    return next(name for name, route in PAGES.items() if route.rstrip("/") == path)


def click_link(visit: Any, label: str, *, article_id: str | None = None) -> None:
    """Click the main area's link ``label`` (the one for ``article_id`` on Home's list)."""
    links = visit.page.get_by_test_id("stMain").get_by_role("link", name=label, exact=True)
    if article_id is not None:
        links = links.and_(visit.page.locator(f"a[href*='article={article_id}']"))
    links.first.click()
    expect_shows_its_url(visit, TARGETS[label])


def click_menu(visit: Any, name: str) -> None:
    """Click ``name`` in the sidebar menu, whose links carry no parameters."""
    from playwright.sync_api import expect

    visit.page.get_by_test_id("stSidebar").get_by_test_id("stPageLink").get_by_text(
        name, exact=True
    ).click()
    expect(visit.page).to_have_url(visit.server.url + PAGES[name])
    expect_shows_its_url(visit, name)


def test_every_cross_page_link_in_one_session(visit: Any) -> None:
    from playwright.sync_api import expect

    page = visit.goto("/Article")  # the only page load; from here on, one session of clicks
    expect_shows_its_url(visit, "Article")
    assert FIRST != ULA  # else a stale state and the link could not be told apart
    click_menu(visit, "Chooser")  # every per-article page has now shown the first article
    with visit.expect_rerun():
        page.get_by_test_id("stMain").get_by_text(RESEARCH, exact=True).click()
    expect(page).to_have_url(re.compile(r"build=Research"))
    click_menu(visit, "Compare")
    click_menu(visit, "Home")

    visited = [page.url]
    for label, article_id in [
        (TO_COMPARE, ULA),  # Home's links name their article
        (TO_ARTICLE, None),
        (TO_CHOOSER, None),
        (TO_COMPARE, None),
        (TO_CHOOSER, None),
        (TO_ARTICLE, None),
        (TO_COMPARE, None),
    ]:
        click_link(visit, label, article_id=article_id)
        assert f"article={ULA}" in page.url, page.url
        visited.append(page.url)

    # A choice made on a page travels with the next link.
    with visit.expect_rerun():
        choose(page, "stSelectbox", "Article", title(OTHER))
    expect(page).to_have_url(re.compile(rf"article={OTHER}"))
    visited.append(page.url)  # a change writes the URL as a new history entry: Back undoes it
    click_link(visit, TO_ARTICLE)
    assert f"article={OTHER}" in page.url
    visited.append(page.url)
    search = "prefix"
    click_menu(visit, "Explore")
    visited.append(page.url)
    box = page.get_by_label("Search subject, attribute and text")
    box.fill(search)
    with visit.expect_rerun():
        box.press("Enter")
    expect(page).to_have_url(re.compile(rf"q={search}"))
    visited.append(page.url)
    click_menu(visit, "Chooser")  # the menu carries nothing: first article, no answer
    visited.append(page.url)
    click_menu(visit, "Explore")  # and the search typed before is gone
    visited.append(page.url)

    for expected in reversed(visited[:-1]):
        page.go_back()
        expect(page).to_have_url(expected)
        expect_shows_its_url(visit, page_of(expected))
    visit.assert_clean()
