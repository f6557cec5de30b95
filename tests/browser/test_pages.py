"""Every page in a real browser: loads clean, stays on the app's host, fits a phone, reads well.

All tests here share one server (the ``server`` fixture); deep links on a fresh server are in
``test_deep_links.py``.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from browser_support import (
    DESKTOP,
    PAGES,
    PHONE,
    axe_violations,
    describe_violations,
    drop_inactive_widgets,
    expect_page,
)

pytestmark = pytest.mark.browser

PAGE_NAMES = list(PAGES)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_page_loads_clean(name: str, visit: Any) -> None:
    visit.goto(PAGES[name])
    expect_page(visit, name)
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
        visit.wait_for_run()
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
    page = visit.goto(PAGES[name])
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


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_theme_contrast(name: str, scheme: str, server: Any, open_app: Any) -> None:
    """Both themes of .streamlit/config.toml pass axe's color-contrast rule (desktop)."""
    visit = open_app(server, viewport=DESKTOP, color_scheme=scheme)
    page = visit.goto(PAGES[name])
    expect_page(visit, name)
    # The theme follows prefers-color-scheme ("Use system setting") when both
    # [theme.light] and [theme.dark] are defined; check that it really switched.
    background = page.evaluate(
        "getComputedStyle(document.querySelector('[data-testid=stApp]')).backgroundColor"
    )
    channels = [int(c) for c in re.findall(r"\d+", background)[:3]]
    assert (sum(channels) / 3 < 128) == (scheme == "dark"), f"{scheme} theme not applied"
    visit.screenshot(f"{name}-desktop-{scheme}")
    violations = axe_violations(
        page, {"runOnly": ["color-contrast"], "resultTypes": ["violations"]}
    )
    violations = drop_inactive_widgets(page, violations)
    assert not violations, describe_violations(violations)
    visit.assert_clean()


# Rules and selectors excluded from the full axe run, each because Streamlit's own chrome
# (not the app) produces the violation and the app cannot change it. Keep this list short and
# precise: (rule id, CSS selector of the offending node as axe reports it, why).
STREAMLIT_CHROME_EXCLUSIONS: list[tuple[str, str, str]] = []


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_accessibility(name: str, visit: Any) -> None:
    """axe-core finds no serious or critical violation on any page (light theme, desktop)."""
    page = visit.goto(PAGES[name])
    expect_page(visit, name)
    violations = drop_inactive_widgets(page, axe_violations(page))
    serious = []
    for violation in violations:
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
    assert not serious, describe_violations(serious)
    visit.assert_clean()
