"""A prepared Chooser link (answers in the URL) shows the best fit on its first screen.

On a projector that is the one thing the room needs to see, so it must be above the fold at
1920x1080 and at 150 % browser zoom. Browser zoom at 150 % on a 1920x1080 screen lays the page
out in a 1280x720 CSS-pixel viewport at a device pixel ratio of 1.5; that is what the zoomed
case sets (``viewport`` plus ``device_scale_factor``), with no scrolling before the check.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

import pytest

pytestmark = pytest.mark.browser

SEED = "keras-tensorflow-pytorch"
LINKS = {
    "questions": [
        ("article", SEED),
        ("exp", "I am new to it"),
        ("build", "A quick prototype or class project"),
    ],
    "weights": [("article", SEED), ("mode", "weights"), ("needs", "research")],
}
SCREENS = {
    "1920x1080": ({"width": 1920, "height": 1080}, 1.0),
    "150% zoom": ({"width": 1280, "height": 720}, 1.5),
}
BEST = {"questions": "Keras", "weights": "PyTorch"}


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("link", list(LINKS))
def test_a_chooser_link_opens_on_the_best_fit(
    server: Any, browser: Any, screen: str, link: str
) -> None:
    from playwright.sync_api import expect

    viewport, scale = SCREENS[screen]
    context = browser.new_context(viewport=viewport, device_scale_factor=scale)
    try:
        page = context.new_page()
        page.goto(f"{server.url}/Chooser?{urlencode(LINKS[link])}")
        main = page.get_by_test_id("stMain")
        best = main.locator("p", has_text=re.compile(r"^Best fit:"))
        expect(best).to_contain_text(BEST[link])
        expect(best).to_be_in_viewport()
        assert page.evaluate("window.scrollY") == 0
        box = best.bounding_box()
        assert box is not None and box["y"] + box["height"] <= viewport["height"], box
    finally:
        context.close()
