"""Helpers for the real-browser tests: the Streamlit server, one browser visit, axe-core.

The server is started the way Streamlit's own e2e suite starts it (headless, usage statistics
off, no file watcher), bound to 127.0.0.1 on a free port, and polled on ``/_stcore/health``;
it is always stopped (terminate, then kill), also when a test fails. A script run is awaited
the way that suite's ``wait_for_app_run`` does: the app is connected, the script state is
``notRunning`` and no skeleton is left; tests then wait for page-specific content. No sleeps.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCREENSHOTS = ROOT / "artifacts" / "screenshots"

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INSTALL_HINT = "chromium not found: install it with `apt-get install chromium` (or set CHROMIUM)"

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

# Folder mode: app.py is "/" and pages/N_Name.py is served at "/Name"; the menu label is Name.
PAGES = {
    "Home": "/",
    "Compare": "/Compare",
    "Explore": "/Explore",
    "Article": "/Article",
    "Chooser": "/Chooser",
    "Facts": "/Facts",
    "Subject": "/Subject",
}

SERVER_START_TIMEOUT = 30.0
RUN_TIMEOUT_MS = 30_000
EXPECT_TIMEOUT_MS = 15_000


def on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def chromium_path() -> str | None:
    """``$CHROMIUM`` if set, else ``chromium`` (Debian) or ``chromium-browser`` on PATH."""
    explicit = os.environ.get("CHROMIUM", "").strip()
    if explicit:
        return explicit if Path(explicit).is_file() else None
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def browser_unavailable() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed: pip install -r requirements-dev.txt"
    if chromium_path() is None:
        return INSTALL_HINT
    return None


# --------------------------------------------------------------------------- the server


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@contextlib.contextmanager
def streamlit_server(env: dict[str, str] | None = None) -> Iterator[Server]:
    """A fresh ``streamlit run app.py`` on a free 127.0.0.1 port; stopped on exit, always."""
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
    ]
    full_env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    full_env.pop("EXPLORER_ARTICLES", None)  # the seed articles unless the test says otherwise
    full_env.update(env or {})
    with tempfile.NamedTemporaryFile(prefix="streamlit-", suffix=".log", delete=False) as log:
        log_path = Path(log.name)
        process = subprocess.Popen(cmd, cwd=ROOT, env=full_env, stdout=log, stderr=log)
    server = Server(f"http://127.0.0.1:{port}", process, log_path)
    try:
        _wait_healthy(server)
        yield server
    finally:
        _stop(process)
        log_path.unlink(missing_ok=True)


def _wait_healthy(server: Server) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"streamlit exited ({server.process.returncode}):\n{server.log()}")
        try:
            with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=2) as resp:
                if resp.read().strip() == b"ok":
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        # Poll again in 0.1 s, or at once if the server process exits.
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.process.wait(timeout=0.1)
    raise RuntimeError(f"streamlit did not answer /_stcore/health in time:\n{server.log()}")


# --------------------------------------------------------------------------- one visit


@dataclass
class Visit:
    """One browser context on one server; records console errors and every request's URL."""

    server: Server
    context: Any
    page: Any = None
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    streams: list[Any] = field(default_factory=list)  # the app's WebSockets (_stcore/stream)
    runs_finished: int = 0  # script runs the server said were over, on any of those streams

    def frame(self, payload: str | bytes) -> None:
        if _is_run_finished(payload):
            self.runs_finished += 1

    def goto(self, path: str) -> Any:
        self.page.goto(self.server.url + path)
        self.wait_for_run()
        return self.page

    def wait_for_run(self) -> None:
        """Streamlit's e2e ``wait_for_app_run``: connected, not running, no skeleton."""
        from playwright.sync_api import expect

        page = self.page
        page.wait_for_selector(
            "[data-testid='stApp'][data-test-connection-state='CONNECTED']",
            timeout=RUN_TIMEOUT_MS,
        )
        page.wait_for_selector(
            "[data-testid='stApp'][data-test-script-state='notRunning']",
            timeout=RUN_TIMEOUT_MS,
        )
        expect(page.get_by_test_id("stSkeleton")).to_have_count(0, timeout=RUN_TIMEOUT_MS)

    @contextlib.contextmanager
    def expect_rerun(self) -> Iterator[None]:
        """Wrap an action that reruns the script; on exit that rerun has finished.

        Right after a click the script state can still read ``notRunning`` from the previous
        run (Streamlit's e2e suite sleeps ~210 ms for that), and a quick run may never show
        ``running`` in the DOM at all. Instead of sleeping, this waits for the server's
        ``script_finished`` message, then for the page to settle. The message is counted on
        every stream the page opens: on a loaded machine the app may reconnect, and the
        rerun's message then comes on the new stream, which a wait on the old one missed.
        """
        before = self.runs_finished
        yield
        deadline = time.monotonic() + RUN_TIMEOUT_MS / 1000
        while self.runs_finished == before:
            if time.monotonic() > deadline:
                raise AssertionError(f"no script run finished {RUN_TIMEOUT_MS} ms after the action")
            self.page.wait_for_timeout(25)  # lets Playwright deliver the frames meanwhile
        self.wait_for_run()

    def outside_requests(self) -> list[str]:
        own = self.server.host
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme not in {"data", "blob", "about"} and urlsplit(url).netloc != own
        ]

    def assert_clean(self) -> None:
        """No exception element, no console error, no request to another host."""
        from playwright.sync_api import expect

        expect(self.page.get_by_test_id("stException")).to_have_count(0)
        outside = self.outside_requests()
        assert not outside, "requests left the app's host:\n" + "\n".join(outside)
        assert not self.console_errors, "console errors:\n" + "\n".join(self.console_errors)

    def screenshot(self, name: str, *, full: bool = True) -> Path:
        """Save ``artifacts/screenshots/<name>.png``; ``full`` captures the whole page.

        Streamlit scrolls inside its own container rather than the document, so a Playwright
        "full page" shot stops at the viewport; for a full shot the viewport is stretched to
        the content's height for the capture and then restored.
        """
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page = self.page
        size = page.viewport_size
        height = page.evaluate(
            """() => Math.max(...[document.scrollingElement,
                ...document.querySelectorAll('[data-testid=stMain], [data-testid=stAppViewContainer]')]
                .map(el => el.scrollHeight))"""
        )
        if full and size and height > size["height"]:
            page.set_viewport_size({"width": size["width"], "height": min(height, 12_000)})
            try:
                self.wait_for_run()
                page.screenshot(path=str(path))
            finally:
                page.set_viewport_size(size)
        else:
            page.screenshot(path=str(path))
        return path


def _is_run_finished(payload: str | bytes) -> bool:
    """A ``ForwardMsg`` saying a script run (or fragment run) is over, not cut short."""
    if isinstance(payload, str):
        return False
    from google.protobuf.message import DecodeError
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    try:
        msg = ForwardMsg.FromString(payload)
    except DecodeError:  # not a ForwardMsg
        return False
    return (
        msg.WhichOneof("type") == "script_finished"
        and msg.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN
    )


def open_visit(
    browser: Any,
    server: Server,
    *,
    viewport: dict[str, int] | None = None,
    color_scheme: str = "light",
) -> Visit:
    """A new browser context and page on ``server``, wired to record requests and errors."""
    context = browser.new_context(
        viewport=viewport or DESKTOP, color_scheme=color_scheme, service_workers="block"
    )
    visit = Visit(server, context)

    def route(route_: Any) -> None:
        # Nothing may leave the app's host. Abort rather than wait on a network that a class
        # without internet would not have; the request is still recorded and fails the test.
        if urlsplit(route_.request.url).netloc == server.host:
            route_.continue_()
        else:
            route_.abort()

    def console(msg: Any) -> None:
        if msg.type != "error":
            return
        url = msg.location.get("url", "")
        if _is_base_path_probe(server, msg.text, url):
            return
        visit.console_errors.append(f"console: {msg.text} ({url})")

    context.on("request", lambda request: visit.requests.append(request.url))
    context.route("**/*", route)
    page = context.new_page()
    page.on("console", console)
    page.on("pageerror", lambda exc: visit.console_errors.append(f"pageerror: {exc}"))

    def websocket(ws: Any) -> None:
        visit.requests.append(re.sub(r"^ws", "http", ws.url))
        if ws.url.endswith("/_stcore/stream"):
            visit.streams.append(ws)
            ws.on("framereceived", visit.frame)

    page.on("websocket", websocket)
    visit.page = page
    return visit


def _is_base_path_probe(server: Server, text: str, url: str) -> bool:
    """Streamlit's own base-path probe on a deep link, which the app cannot avoid.

    Opening ``/Compare`` directly, Streamlit's connection manager (``getBaseUrisToProbe`` in
    the 1.67 bundle) tries ``/Compare/_stcore/health`` and ``/Compare/_stcore/host-config``
    before ``/_stcore/...``; the first two answer 404 and chromium logs "Failed to load
    resource". Only that exact pair is let through; any other 404 is still an error.
    """
    return "404" in text and bool(
        re.fullmatch(re.escape(server.url) + r"/[^/?#]+/_stcore/(health|host-config)", url)
    )


# --------------------------------------------------------------------------- page checks


def expect_page(visit: Visit, name: str) -> None:
    """The page ``name`` is shown and its run has finished.

    The tab title is set by ui.page.setup (``st.set_page_config``) during the page's own run,
    so once it reads "<name> · Comparison Explorer" the run has started and waiting for
    ``notRunning`` cannot see a stale state; this is the wait to use after a page change.
    """
    from playwright.sync_api import expect

    page = visit.page
    expect(page).to_have_title(re.compile(rf"^{re.escape(name)} · Comparison Explorer$"))
    visit.wait_for_run()
    expect(page.get_by_test_id("stMain").get_by_test_id("stHeading").first).to_be_visible()


def widget(page: Any, test_id: str, label: str) -> Any:
    """The widget ``test_id`` (stSelectbox, stMultiSelect, ...) in the main area labelled ``label``."""
    return (
        page.get_by_test_id("stMain")
        .get_by_test_id(test_id)
        .filter(has=page.get_by_test_id("stWidgetLabel").get_by_text(label, exact=True))
    )


def tags(page: Any, label: str) -> Any:
    """The chosen values of the multiselect ``label`` (1.67 has no test id for a tag)."""
    return (
        widget(page, "stMultiSelect", label)
        .get_by_role("group", name="Selected values")
        .locator("[data-tag]")
    )


def selectbox(page: Any, label: str) -> Any:
    """The input of the selectbox ``label``; its value is the shown (formatted) choice."""
    return widget(page, "stSelectbox", label).get_by_role("combobox")


def choose(page: Any, test_id: str, label: str, option: str) -> None:
    """Open the select widget ``label`` and click ``option`` in its dropdown."""
    widget(page, test_id, label).get_by_role("combobox").click()
    page.get_by_role("option", name=option, exact=True).click()


# --------------------------------------------------------------------------- axe-core


def axe_violations(page: Any, options: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run axe-core (the copy bundled with axe-playwright-python) on the whole page."""
    from axe_playwright_python.base import AXE_SCRIPT

    page.evaluate(AXE_SCRIPT)
    result = page.evaluate(
        "(options) => axe.run(document, options)",
        options or {"resultTypes": ["violations"]},
    )
    return list(result["violations"])


def drop_inactive_widgets(page: Any, violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop color-contrast nodes that belong to a disabled widget.

    WCAG 1.4.3 exempts text that is "part of an inactive user interface component"; Streamlit
    greys out the label and placeholder of a disabled widget (e.g. a multiselect with no
    options), and axe does not know the label belongs to a disabled control. Only nodes whose
    element container holds a disabled input are dropped; everything else still fails.
    """
    kept = []
    for violation in violations:
        if violation["id"] != "color-contrast":
            kept.append(violation)
            continue
        nodes = [
            node
            for node in violation["nodes"]
            if not page.evaluate(
                """(target) => {
                    if (target.length !== 1) return false;
                    const el = document.querySelector(target[0]);
                    const box = el && el.closest('.stElementContainer');
                    return !!(box && box.querySelector(
                        'input:disabled, button:disabled, [aria-disabled="true"]'));
                }""",
                node["target"],
            )
        ]
        if nodes:
            kept.append({**violation, "nodes": nodes})
    return kept


def describe_violations(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}")
        for node in v["nodes"][:8]:
            target = " ".join(map(str, node["target"]))
            summary = node.get("failureSummary", "").replace("\n", " ")
            lines.append(f"    {target}: {summary}")
            lines.append(f"        {node['html'][:200]}")
    return "\n".join(lines)
