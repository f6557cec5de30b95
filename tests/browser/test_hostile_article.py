"""A hostile article is shown as text on every page and runs nothing.

``fixtures/hostile-article.md`` puts ``<script>``, ``<img onerror>``, ``<svg onload>``, an
``<iframe>``, raw ``<a href="javascript:...">``, Markdown ``javascript:`` links and a Markdown
image from another host into the title, question, author, keywords, subject names, claims
and summary. Every payload sets ``window.__pwned``; it must stay undefined everywhere.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import pytest
from browser_support import FIXTURES, Server, expect_page, streamlit_server

from explorer.paths import ARTICLES_ENV, DEFAULT_ARTICLES

pytestmark = pytest.mark.browser

HOSTILE = "hostile-article"
PAYLOAD = "<script>window.__pwned=1</script>"

PAGES_WITH_ARTICLE = {
    "Home": "/",
    "Compare": f"/Compare?article={HOSTILE}",
    "Explore": f"/Explore?articles={HOSTILE}",
    "Article": f"/Article?article={HOSTILE}&claim=4",
    "Chooser": "/Chooser?"
    + urlencode(
        [
            ("article", HOSTILE),
            ("mode", "weights"),
            ("needs", "performance"),
            ("w-performance", "10"),
        ]
    ),
}

# Elements and attributes that would mean article HTML reached the DOM as HTML.
LIVE_HTML = (
    "[data-testid=stMain] script, [data-testid=stMain] iframe, [data-testid=stMain] img[src='x'],"
    " [data-testid=stMain] [onerror], [data-testid=stMain] [onload],"
    " [data-testid=stMain] [onmouseover], [data-testid=stMain] a[href^='javascript:' i]"
)


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server reading a temporary folder: the hostile article and one normal neighbour."""
    folder = tmp_path_factory.mktemp("articles")
    shutil.copy(FIXTURES / f"{HOSTILE}.md", folder)
    shutil.copy(DEFAULT_ARTICLES / "keras-tensorflow-pytorch.md", folder)
    with streamlit_server({ARTICLES_ENV: str(folder)}) as server:
        yield server


def assert_not_pwned(visit: Any, where: str) -> None:
    for page in visit.context.pages:
        for frame in page.frames:
            state = frame.evaluate("typeof window.__pwned")
            assert state == "undefined", f"{where}: article script ran in {frame.url}"


@pytest.mark.parametrize("name", list(PAGES_WITH_ARTICLE))
def test_hostile_article_is_text(name: str, hostile_server: Any, open_app: Any) -> None:
    from playwright.sync_api import expect

    visit = open_app(hostile_server)
    page = visit.goto(PAGES_WITH_ARTICLE[name])
    expect_page(visit, name)
    main = page.get_by_test_id("stMain")
    if name != "Explore":  # Explore shows claims in a canvas data grid, not in the DOM
        expect(main.get_by_text(PAYLOAD).first).to_be_visible()
    if name == "Article":
        for tab in ("Markdown source", "Details", "Reading view"):
            page.get_by_role("tab", name=tab).click()  # tabs switch in the browser, no rerun
            expect(page.get_by_role("tab", name=tab)).to_have_attribute("aria-selected", "true")
            assert_not_pwned(visit, f"{name} / {tab}")
    assert page.locator(LIVE_HTML).count() == 0, page.locator(LIVE_HTML).evaluate_all(
        "els => els.map(e => e.outerHTML.slice(0, 200))"
    )
    # Click every link the article's Markdown produced (rewritten or not, nothing may run).
    links = main.get_by_role("link", name="the docs").or_(
        main.get_by_role("link", name="this link")
    )
    for i in range(links.count()):
        links.nth(i).click()
        assert_not_pwned(visit, f"{name} after clicking {links.nth(i).inner_text()!r}")
    assert_not_pwned(visit, name)
    visit.assert_clean()  # also: the Markdown image did not make the browser call another host
