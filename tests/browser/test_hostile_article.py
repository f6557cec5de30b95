"""A hostile article or link is shown as text on every page, runs nothing and fetches nothing.

``fixtures/hostile-article.md`` puts ``<script>``, ``<img onerror>``, ``<svg onload>``, an
``<iframe>``, raw ``<a href="javascript:...">``, Markdown ``javascript:`` links and a Markdown
image from another host into the title, question, author, keywords, subject names, claims
and summary. Every payload sets ``window.__pwned``; it must stay undefined everywhere.

:func:`fields_article` (built per run, not committed) puts a Markdown image from its own host
into every front-matter field the app shows, subject and attribute names and claims (nested
and reference images too), with ``data:`` and ``javascript:`` links and invisible and bidi
characters; the URL cases put an image into every parameter of every page. Every request the
browser makes is recorded, and one to any host but the app's own fails the test.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from browser_support import FIXTURES, Server, expect_page, streamlit_server

from explorer.load import MAX_LINE_CHARS
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


FIELDS = "hostile-fields"
SEED = "keras-tensorflow-pytorch"


def image(where: str) -> str:
    """A Markdown image on a host of its own, so a failure names the field that fetched it."""
    return f"![{where}](http://{where}.tracker.invalid/p.png)"


def fields_article() -> str:
    """Front matter and Markdown with an image (and live-link bait) in every shown place."""
    answer = "\\n".join(
        [
            f"Alpha and Beta differ {image('intro')}; see [page](data:text/html,<b>x</b>).",
            "",
            f"### Alpha {image('subject-heading')}",
            (
                f"- **Speed {image('attribute')}**: fast ![![n](http://nested-inner.tracker.invalid/"
                "n.png)](http://nested.tracker.invalid/n.png) and light."
            ),
            "- **Docs**: at <javascript:window.__pwned=1> and <data:text/html,hi>.",
            "- **Safety**: a reference image ![ref] and ![alt][ref].",
            "",
            "[ref]: http://reference.tracker.invalid/r.png",
            "",
            "### Be\u200bta \u202egnirts",
            "- **Speed**: Beta is [slower](&#100;ata:text/html,x) but steady.",
            "- **Docs**: Beta docs, `![code](http://code.tracker.invalid/c.png)`.",
            "- **Safety**: Beta is safe.",
            "",
            "### Summary",
            f"- **Alpha** is for speed {image('summary')}.",
            "- **Beta** is for steadiness.",
        ]
    )
    fields = {
        "title": f"How do Alpha and Beta differ? {image('title')} \u202eeltit",
        "question": f"How do Alpha and Beta differ {image('question')}?",
        "date": image("date"),
        "author": f"Mallory {image('author')}",
        "subject": f"Science {image('category')}",
        "url": image("url"),
        "id": image("source-id"),
    }
    lines = ["---"] + [f"{k}: {json_quote(v)}" for k, v in fields.items()]
    lines += ["seo:", f"  page_keywords: {json_quote('kw, ' + image('keywords'))}"]
    lines += ["related_article1:", f"  title: {json_quote(image('related'))}", "  id: 1"]
    lines += [f"answer: {json_quote(answer)}", "---", ""]
    return "\n".join(lines)


def json_quote(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    import json

    return json.dumps(value)


def url_image(param: str) -> str:
    """An image short enough (at most 40 characters) for a notice to quote it whole."""
    return f"![](http://{param}.u.invalid)"


# Every URL parameter of every page, carrying an image; pages must name it as text and ignore it.
HOSTILE_URLS = {
    "Home": "/?" + urlencode([("article", url_image("home"))]),
    "Compare": "/Compare?" + urlencode([("article", url_image("article"))]),
    "Compare ": "/Compare?"
    + urlencode(
        [
            ("article", FIELDS),
            ("subjects", url_image("subjects")),
            ("transpose", url_image("transpose")),
            ("differ", url_image("differ")),
        ]
    ),
    "Explore": "/Explore?"
    + urlencode(
        [
            ("articles", url_image("articles")),
            ("subjects", url_image("explore-subjects")),
            ("attributes", url_image("attributes")),
            ("needs", url_image("needs")),
            ("q", url_image("q")),
        ]
    ),
    "Article": "/Article?" + urlencode([("article", FIELDS), ("claim", url_image("claim"))]),
    "Article ": "/Article?" + urlencode([("article", url_image("reader-article"))]),
    "Chooser": "/Chooser?"
    + urlencode(
        [
            ("article", SEED),
            ("mode", url_image("mode")),
            ("exp", url_image("exp")),
            ("must", url_image("must")),
        ]
    ),
    "Chooser ": "/Chooser?"
    + urlencode(
        [
            ("article", SEED),
            ("mode", "weights"),
            ("needs", "research"),
            ("w-research", url_image("weight")),
        ]
    ),
}

PAGES_WITH_FIELDS = {
    "Home": "/",
    "Compare": f"/Compare?article={FIELDS}",
    "Explore": f"/Explore?articles={FIELDS}",
    "Article": f"/Article?article={FIELDS}",
    "Chooser": f"/Chooser?article={FIELDS}&mode=weights&needs=performance&w-performance=10",
}

LIVE_LINKS = (
    "[data-testid=stMain] a[href^='data:' i], [data-testid=stMain] a[href^='javascript:' i]"
)


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server reading a temporary folder: the hostile articles and one normal neighbour."""
    folder = tmp_path_factory.mktemp("articles")
    shutil.copy(FIXTURES / f"{HOSTILE}.md", folder)
    shutil.copy(DEFAULT_ARTICLES / f"{SEED}.md", folder)
    Path(folder, f"{FIELDS}.md").write_text(fields_article(), encoding="utf-8")
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


def _show_every_tab(page: Any) -> None:
    for tab in ("Markdown source", "Details", "Reading view"):
        page.get_by_role("tab", name=tab).click()  # tabs switch in the browser, no rerun


@pytest.mark.parametrize("name", list(PAGES_WITH_FIELDS))
def test_hostile_fields_fetch_nothing(name: str, hostile_server: Any, open_app: Any) -> None:
    """Images in every front-matter field, name and claim stay text; no live data: link."""
    from playwright.sync_api import expect

    visit = open_app(hostile_server)
    page = visit.goto(PAGES_WITH_FIELDS[name])
    expect_page(visit, name)
    main = page.get_by_test_id("stMain")
    if name == "Article":
        _show_every_tab(page)
        expect(main.get_by_text("http://url.tracker.invalid/p.png").first).to_be_attached()
    if name == "Article":  # the title's override is shown as a marker where text is shown
        expect(main.get_by_text("\u27e8U+202E\u27e9").first).to_be_attached()  # bidi shown
    if name == "Compare":  # names lose invisible and bidi characters: "Be\u200bta" is Beta
        expect(main.get_by_text("Beta gnirts").first).to_be_attached()
    assert page.locator(LIVE_LINKS).count() == 0, page.locator(LIVE_LINKS).evaluate_all(
        "els => els.map(e => e.outerHTML.slice(0, 200))"
    )
    assert page.locator("[data-testid=stApp] img[src*='tracker']").count() == 0
    visit.assert_clean()  # no request left the app's host, no console error, no exception


@pytest.mark.parametrize("name", list(HOSTILE_URLS))
def test_hostile_url_values_fetch_nothing(name: str, hostile_server: Any, open_app: Any) -> None:
    """An image in any URL parameter is named in a notice as text, and not loaded."""
    from playwright.sync_api import expect

    visit = open_app(hostile_server)
    page = visit.goto(HOSTILE_URLS[name])
    expect_page(visit, name.strip())
    if name != "Home":  # Home reads no parameters
        notice = page.get_by_test_id("stMain").get_by_test_id("stAlert")
        # the value, as typed (a notice may shorten it), not an image
        expect(notice.filter(has_text=re.compile(r"'!\[\]\(http://[\w-]+\.")).first).to_be_visible()
    assert page.locator("[data-testid=stApp] img[src*='invalid']").count() == 0
    visit.assert_clean()


def long_article(title: str, body: str) -> str:
    return f'---\ntitle: "{title}"\nquestion: "How do Alpha and Beta differ?"\n---\n\n{body}\n'


LONG_LINE = long_article(
    "A long line",
    "Intro.\n\n### Alpha\n- **Notes**: "
    + "steady " * ((MAX_LINE_CHARS - 100) // 7)  # the longest line the loader accepts
    + "\n\n### Beta\n- **Notes**: short.",
)
LONG_CODE = long_article(
    "Long code",
    "Intro.\n\n### Alpha\n- **Example**: as code:\n\n  ```python\n"
    + "\n".join(f"  x{i} = compute({i})  # step {i}" for i in range(25_000))
    + "\n  ```\n\n### Beta\n- **Example**: none.",
)


@pytest.fixture(scope="module")
def long_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server reading an article with the longest line allowed and one with 1 MB of code."""
    folder = tmp_path_factory.mktemp("long")
    Path(folder, "long-line.md").write_text(LONG_LINE, encoding="utf-8")
    Path(folder, "long-code.md").write_text(LONG_CODE, encoding="utf-8")
    with streamlit_server({ARTICLES_ENV: str(folder)}) as server:
        yield server


@pytest.mark.parametrize(
    ("article", "note"),
    [("long-line", "Lines longer than 1,000 characters are cut here"), ("long-code", "page 1 of")],
)
def test_long_lines_and_code_render_and_stay_usable(
    article: str, note: str, long_server: Any, open_app: Any
) -> None:
    """The source tab shows a cut or paged view with a note, and the tab still answers clicks."""
    from playwright.sync_api import expect

    visit = open_app(long_server)
    page = visit.goto(f"/Article?article={article}")
    expect_page(visit, "Article")
    page.get_by_role("tab", name="Markdown source").click()
    expect(page.get_by_test_id("stMain").get_by_text(note).first).to_be_visible()
    expect(page.get_by_text("more characters").first).to_be_attached()
    for tab in ("Details", "Reading view"):
        page.get_by_role("tab", name=tab).click()
        expect(page.get_by_role("tab", name=tab)).to_have_attribute("aria-selected", "true")
    visit.goto(f"/Compare?article={article}")
    expect_page(visit, "Compare")
    visit.assert_clean()
