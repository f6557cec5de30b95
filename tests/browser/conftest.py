"""Fixtures for the real-browser tests (helpers live in ``browser_support.py``).

Without a chromium binary these tests skip with one line saying how to install it; under CI
(``CI=true``) a missing browser stops the run with an error instead of skipping.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from browser_support import (
    CHROMIUM_FLAGS,
    EXPECT_TIMEOUT_MS,
    INSTALL_HINT,
    Server,
    Visit,
    browser_unavailable,
    chromium_path,
    on_ci,
    open_visit,
    streamlit_server,
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    browser_items = [item for item in items if item.get_closest_marker("browser")]
    reason = browser_unavailable() if browser_items else None
    if reason is None:
        return
    if on_ci():
        # CI must not go green by skipping the only real-browser checks.
        raise pytest.UsageError(f"CI=true and the browser tests cannot run: {reason}")
    for item in browser_items:
        item.add_marker(pytest.mark.skip(reason=reason))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Report every "no chromium" skip at one location, so ``-ra`` prints ONE line for them."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    longrepr = report.longrepr
    if report.skipped and isinstance(longrepr, tuple) and INSTALL_HINT in str(longrepr[2]):
        report.longrepr = (os.path.relpath(__file__), None, longrepr[2])


@pytest.fixture(scope="session")
def server() -> Iterator[Server]:
    """One server shared by every test that does not need a fresh one."""
    with streamlit_server() as srv:
        yield srv


@pytest.fixture
def fresh_server() -> Iterator[Callable[..., Server]]:
    """Start brand-new servers (their first request is the test's); stopped at teardown."""
    with contextlib.ExitStack() as stack:

        def start(env: dict[str, str] | None = None) -> Server:
            return stack.enter_context(streamlit_server(env))

        yield start


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's chromium, launched once per session (browsers cannot be downloaded here)."""
    from playwright.sync_api import expect, sync_playwright

    # A loaded 2-core CI machine renders slower than a laptop; 5 s (the default) is tight.
    expect.set_options(timeout=EXPECT_TIMEOUT_MS)

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def open_app(browser: Any) -> Iterator[Callable[..., Visit]]:
    """Open new browser contexts on a server; every one is closed at teardown."""
    visits: list[Visit] = []

    def open_(srv: Server, **options: Any) -> Visit:
        visit = open_visit(browser, srv, **options)
        visits.append(visit)
        return visit

    try:
        yield open_
    finally:
        for visit in visits:
            visit.context.close()


@pytest.fixture
def visit(server: Server, open_app: Callable[..., Visit]) -> Visit:
    """A desktop, light-theme context on the shared server."""
    return open_app(server)
