"""Changing a widget updates the URL, and that URL in a new browser context restores the view.

Also: unknown values in a URL show a notice (an st.info alert) and are ignored.
All tests share one server.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

import pytest
from browser_support import choose, expect_page, selectbox, tags

from explorer.load import load_article
from explorer.paths import DEFAULT_ARTICLES

pytestmark = pytest.mark.browser

KERAS = "keras-tensorflow-pytorch"
ULA = "ula-link-local"


def title(article_id: str) -> str:
    return str(load_article(DEFAULT_ARTICLES / f"{article_id}.md").title)


def reopen(visit: Any, open_app: Any) -> Any:
    """The current URL opened in a brand-new browser context (a new session)."""
    again = open_app(visit.server)
    again.page.goto(visit.page.url)
    again.wait_for_run()
    return again


def expect_same_view(first: Any, again: Any) -> None:
    """The reopened context shows the same main area as the first one.

    The first context's text is read only after the second has loaded (its rerun finished
    long before), and the second is compared with an auto-waiting assertion.
    """
    from playwright.sync_api import expect

    before = first.page.get_by_test_id("stMain").inner_text()
    main = again.page.get_by_test_id("stMain")
    try:
        expect(main).to_have_text(before, use_inner_text=True)
    except AssertionError:
        after = main.inner_text()
        diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="")
        raise AssertionError("the reopened URL shows another view:\n" + "\n".join(diff)) from None


def test_compare_state_round_trips(visit: Any, open_app: Any) -> None:
    from playwright.sync_api import expect

    # /Compare opens on the featured article (the seed), so start on another one and pick it.
    page = visit.goto("/Compare?article=ula-link-local")
    expect_page(visit, "Compare")
    with visit.expect_rerun():
        choose(page, "stSelectbox", "Article", title(KERAS))
    # The featured article is the default, so the address leaves it out (and still opens it).
    expect(page).not_to_have_url(re.compile(r"[?&]article="))
    expect(selectbox(page, "Article")).to_have_value(title(KERAS))
    expect(tags(page, "Subjects")).to_have_text(["Keras", "TensorFlow", "PyTorch"])
    with visit.expect_rerun():
        page.get_by_role("button", name="Remove TensorFlow").click()
    expect(page).to_have_url(re.compile(r"subjects=Keras&subjects=PyTorch"))
    with visit.expect_rerun():
        page.get_by_test_id("stMain").get_by_text("Only rows that differ").click()
    expect(page).to_have_url(re.compile(r"differ=true"))
    with visit.expect_rerun():
        page.get_by_test_id("stMain").get_by_text("Subjects as rows").click()
    expect(page).to_have_url(re.compile(r"transpose=true"))
    visit.assert_clean()

    again = reopen(visit, open_app)
    expect(selectbox(again.page, "Article")).to_have_value(title(KERAS))
    expect(tags(again.page, "Subjects")).to_have_text(["Keras", "PyTorch"])
    main = again.page.get_by_test_id("stMain")
    expect(main.get_by_role("switch", name="Only rows that differ")).to_be_checked()
    expect(main.get_by_role("switch", name="Subjects as rows")).to_be_checked()
    expect_same_view(visit, again)
    again.assert_clean()


def test_explore_state_round_trips(visit: Any, open_app: Any) -> None:
    from playwright.sync_api import expect

    page = visit.goto("/Explore")
    expect_page(visit, "Explore")
    search = page.get_by_label("Search subject, attribute and text")
    search.fill("scal")
    with visit.expect_rerun():
        search.press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]q=scal\b"))
    with visit.expect_rerun():
        choose(page, "stMultiSelect", "Articles", title(KERAS))
    expect(page).to_have_url(re.compile(rf"articles={KERAS}\b"))
    counts = page.get_by_test_id("stMain").get_by_text(re.compile(r"of \d+ claims match"))
    expect(counts).to_be_visible()
    before = counts.inner_text()
    visit.assert_clean()

    again = reopen(visit, open_app)
    expect(again.page.get_by_label("Search subject, attribute and text")).to_have_value("scal")
    expect(tags(again.page, "Articles")).to_have_text([title(KERAS)])
    expect(
        again.page.get_by_test_id("stMain").get_by_text(re.compile(r"of \d+ claims match"))
    ).to_have_text(before)
    again.assert_clean()


def test_article_state_round_trips(visit: Any, open_app: Any) -> None:
    from playwright.sync_api import expect

    page = visit.goto("/Article")
    expect_page(visit, "Article")
    with visit.expect_rerun():
        choose(page, "stSelectbox", "Article", title(ULA))
    expect(page).to_have_url(re.compile(rf"[?&]article={ULA}\b"))
    heading = page.get_by_test_id("stMain").get_by_role("heading", name=title(ULA))
    expect(heading).to_be_visible()
    visit.assert_clean()

    again = reopen(visit, open_app)
    expect(selectbox(again.page, "Article")).to_have_value(title(ULA))
    expect(
        again.page.get_by_test_id("stMain").get_by_role("heading", name=title(ULA))
    ).to_be_visible()
    again.assert_clean()


def test_compare_source_link_opens_highlighted_claim(visit: Any) -> None:
    """A "source: line N" link on Compare opens the Article reader with that line highlighted."""
    from playwright.sync_api import expect

    page = visit.goto(f"/Compare?article={ULA}")
    link = page.get_by_test_id("stMain").get_by_role("link", name=re.compile(r"line \d+")).first
    expect(link).to_be_visible()
    line = re.findall(r"\d+", link.inner_text())[-1]
    with visit.context.expect_page() as opened:
        link.click()
    visit.page = opened.value  # the link opens a new tab: a new session from a deep link
    visit.wait_for_run()
    expect_page(visit, "Article")
    expect(visit.page).to_have_url(re.compile(rf"claim={line}\b"))
    expect(
        visit.page.get_by_test_id("stMain").get_by_text(
            re.compile(rf"Linked claim\W+line {line}\b")
        )
    ).to_be_visible()
    visit.assert_clean()


def test_chooser_state_round_trips(visit: Any, open_app: Any) -> None:
    from playwright.sync_api import expect

    page = visit.goto(f"/Chooser?article={KERAS}")
    expect_page(visit, "Chooser")
    with visit.expect_rerun():
        page.get_by_test_id("stMain").get_by_text("Research or experiments", exact=True).click()
    expect(page).to_have_url(re.compile(r"[?&]build=Research"))
    best = page.get_by_test_id("stMain").locator("p", has_text="Best fit:")
    expect(best).to_contain_text("PyTorch")
    visit.assert_clean()

    again = reopen(visit, open_app)
    main = again.page.get_by_test_id("stMain")
    expect(main.get_by_role("radio", name="Research or experiments")).to_be_checked()
    expect(main.locator("p", has_text="Best fit:")).to_contain_text("PyTorch")
    expect_same_view(visit, again)
    again.assert_clean()


UNKNOWN = {
    "Compare": "/Compare?article=no-such-article&subjects=Nobody&transpose=maybe",
    "Explore": "/Explore?articles=no-such-article&subjects=Nobody&needs=no-such-need",
    "Article": "/Article?article=no-such-article&claim=not-a-line",
    "Chooser": "/Chooser?article=no-such-article&mode=no-such-mode",
}


@pytest.mark.parametrize("name", list(UNKNOWN))
def test_unknown_url_values_show_a_notice(name: str, visit: Any) -> None:
    from playwright.sync_api import expect

    page = visit.goto(UNKNOWN[name])
    expect_page(visit, name)
    alerts = page.get_by_test_id("stMain").get_by_test_id("stAlert")
    expect(alerts.filter(has_text="no-such-article").first).to_be_visible()
    visit.assert_clean()
