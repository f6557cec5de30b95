"""Every page in a real browser: loads clean, stays on the app's host, fits a phone, reads well.

All tests here share one server (the ``server`` fixture); deep links on a fresh server are in
``test_deep_links.py``.
"""

from __future__ import annotations

import os
import re
from typing import Any

import pytest
from browser_support import (
    DESKTOP,
    PAGES,
    PHONE,
    ROOT,
    axe_violations,
    describe_violations,
    drop_inactive_widgets,
    expect_page,
)

pytestmark = pytest.mark.browser

PAGE_NAMES = list(PAGES)

# What each page shows in these checks: a state with content (a ranking, a highlighted claim)
# rather than an empty form, so contrast, overflow and axe see the page's real elements.
SHOWN = {
    "Home": "/",
    "Compare": "/Compare?article=keras-tensorflow-pytorch",
    "Explore": "/Explore",
    "Article": "/Article?article=keras-tensorflow-pytorch&claim=4",
    "Chooser": "/Chooser?article=keras-tensorflow-pytorch&build=Research+or+experiments",
    "Facts": "/Facts?subjects=PyTorch&subjects=JAX",
    "Subject": "/Subject?name=PyTorch",
}

# Rules and selectors excluded from the axe run, each because Streamlit's own chrome (not the
# app) produces the violation and the app cannot change it: (rule id, CSS selector of the node
# as axe reports it, why). Empty: Streamlit 1.67's chrome passes with this app's theme.
STREAMLIT_CHROME_EXCLUSIONS: list[tuple[str, str, str]] = []

DOCS_SCREENSHOT = ROOT / "docs" / "screenshot.png"


def serious_violations(page: Any) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations, minus the documented exclusions."""
    serious = []
    for violation in drop_inactive_widgets(page, axe_violations(page)):
        if violation["impact"] not in {"serious", "critical"}:
            continue
        nodes = [
            node
            for node in violation["nodes"]
            if not any(
                rule == violation["id"] and selector in node["target"]
                for rule, selector, _why in STREAMLIT_CHROME_EXCLUSIONS
            )
        ]
        if nodes:
            serious.append({**violation, "nodes": nodes})
    return serious


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_page_desktop(name: str, scheme: str, server: Any, open_app: Any) -> None:
    """Each page in each theme: loads clean, and axe-core (color-contrast included) finds no
    serious or critical violation."""
    visit = open_app(server, viewport=DESKTOP, color_scheme=scheme)
    page = visit.goto(SHOWN[name])
    expect_page(visit, name)
    # With both [theme.light] and [theme.dark] in config.toml, Streamlit 1.67 follows the
    # browser's prefers-color-scheme ("Use system setting"); check the theme really switched.
    background = page.evaluate(
        "getComputedStyle(document.querySelector('[data-testid=stApp]')).backgroundColor"
    )
    channels = [int(c) for c in re.findall(r"\d+", background)[:3]]
    assert (sum(channels) / 3 < 128) == (scheme == "dark"), f"{scheme} theme not applied"
    visit.screenshot(f"{name}-desktop-{scheme}")
    if name == "Compare" and scheme == "light" and os.environ.get("UPDATE_DOCS_SCREENSHOT"):
        page.screenshot(path=str(DOCS_SCREENSHOT))  # the README's picture (viewport only)
    violations = serious_violations(page)
    assert not violations, describe_violations(violations)
    visit.assert_clean()


def test_sidebar_menu_reaches_every_page(visit: Any) -> None:
    """The menu drawn with st.page_link leads to every page, each loading clean."""
    from playwright.sync_api import expect

    page = visit.goto("/")
    for name, path in PAGES.items():
        page.get_by_test_id("stSidebar").get_by_test_id("stPageLink").get_by_text(
            name, exact=True
        ).click()
        expect(page).to_have_url(re.compile(rf"^{re.escape(visit.server.url + path)}(\?.*)?$"))
        expect_page(visit, name)
    visit.assert_clean()


def _overflow(page: Any) -> dict[str, Any]:
    """Horizontal overflow of the document and of Streamlit's own scroll containers."""
    return page.evaluate(
        """() => {
            const out = {};
            const doc = document.scrollingElement;
            out.document = [doc.scrollWidth, doc.clientWidth];
            for (const id of ['stAppViewContainer', 'stMain']) {
                const el = document.querySelector(`[data-testid=${id}]`);
                if (el) out[id] = [el.scrollWidth, el.clientWidth];
            }
            return out;
        }"""
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_phone_width(name: str, scheme: str, server: Any, open_app: Any) -> None:
    """At 390 x 844 nothing scrolls sideways and every control can be reached."""
    visit = open_app(server, viewport=PHONE, color_scheme=scheme)
    page = visit.goto(SHOWN[name])
    expect_page(visit, name)
    visit.screenshot(f"{name}-phone-{scheme}")
    widths = _overflow(page)
    wide = {k: v for k, v in widths.items() if v[0] > v[1]}
    assert not wide, f"{name} scrolls sideways at 390px (scrollWidth, clientWidth): {wide}"
    # Every widget in the main area lies within the screen's width.
    boxes = page.evaluate(
        """() => [...document.querySelectorAll(
                '[data-testid=stMain] [data-testid^=st][class*=stWidget],'
                + '[data-testid=stMain] [data-testid=stPageLink],'
                + '[data-testid=stMain] [data-testid=stButton]')]
            .filter(el => el.offsetParent !== null)
            .map(el => { const r = el.getBoundingClientRect();
                         return [el.dataset.testid, Math.round(r.left), Math.round(r.right)]; })"""
    )
    outside = [b for b in boxes if b[1] < 0 or b[2] > PHONE["width"]]
    assert not outside, f"controls outside the 390px screen on {name}: {outside}"
    visit.assert_clean()


def test_phone_menu_reaches_pages(server: Any, open_app: Any) -> None:
    """At 390px the sidebar is folded; its button opens the menu and the menu works."""
    from playwright.sync_api import expect

    visit = open_app(server, viewport=PHONE)
    page = visit.goto(SHOWN["Compare"])
    page.get_by_test_id("stExpandSidebarButton").click()
    links = page.get_by_test_id("stSidebar").get_by_test_id("stPageLink")
    expect(links).to_have_count(len(PAGES))
    for i in range(len(PAGES)):
        expect(links.nth(i)).to_be_in_viewport(ratio=1)  # waits for the slide-in to end
    links.get_by_text("Explore", exact=True).click()
    expect_page(visit, "Explore")
    visit.assert_clean()


def test_harness_sees_outside_requests_and_console_errors(visit: Any) -> None:
    """The recorder behind every assert_clean() does catch what it is there to catch."""
    page = visit.goto("/")
    with page.expect_event("requestfailed", lambda r: "fonts.invalid" in r.url):  # aborted
        page.evaluate("new Image().src = 'https://fonts.invalid/icon.svg'")
    assert visit.outside_requests() == ["https://fonts.invalid/icon.svg"]
    page.evaluate("console.error('boom')")
    assert any("boom" in e for e in visit.console_errors)
