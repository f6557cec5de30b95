"""Server health under load: sessions changing widgets while /_stcore/health is probed.

    python bench/server_health.py                      # 6 sessions, 60 s, the Compare page
    python bench/server_health.py --sessions 10 --seconds 90

Starts ``streamlit run app.py`` on a free 127.0.0.1 port (stopped at the end, always), opens
``--sessions`` tabs in Debian's chromium, and in each flips the page's toggles as fast as the
app answers, timing each click until the app is ``notRunning`` again. Meanwhile a thread
probes ``/_stcore/health`` every 0.25 s (10 s timeout) and another samples, once a second,
the CPU the server's threads use and the machine's load. That says where a slow probe comes
from: Tornado's event loop runs on the server's main thread and the reruns on script
threads, so a probe that waits while a script thread holds the CPU (and the GIL) for long
stretches is the app's doing; a probe that waits while the server's threads are idle and the
machine's load is high is the CPU being shared.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import statistics
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from browser_support import CHROMIUM_FLAGS, chromium_path, streamlit_server

PROBE_EVERY_S = 0.25
PROBE_TIMEOUT_S = 10.0
SLOW_PROBE_S = 0.2
TICK = os.sysconf("SC_CLK_TCK")


def probe(url: str, stop: threading.Event, out: list[tuple[float, float]]) -> None:
    """(time, latency) of each health probe; a timeout counts as the timeout."""
    while not stop.is_set():
        t0 = time.perf_counter()
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=PROBE_TIMEOUT_S) as r:
                r.read()
            out.append((t0, time.perf_counter() - t0))
        except (urllib.error.URLError, TimeoutError, ConnectionError):
            out.append((t0, PROBE_TIMEOUT_S))
        stop.wait(PROBE_EVERY_S)


def thread_cpu(pid: int) -> dict[int, float]:
    """CPU seconds used so far by each thread of ``pid`` (from /proc)."""
    used: dict[int, float] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        used[int(task.name)] = (int(fields[11]) + int(fields[12])) / TICK
    return used


def sample(pid: int, stop: threading.Event, out: list[dict[str, float]]) -> None:
    """Once a second: main-thread and script-thread CPU share, and the 1-minute load."""
    before, t_before = thread_cpu(pid), time.perf_counter()
    while not stop.wait(1.0):
        now, t_now = thread_cpu(pid), time.perf_counter()
        dt = t_now - t_before
        main = (now.get(pid, 0.0) - before.get(pid, 0.0)) / dt
        others = sum(v - before.get(k, 0.0) for k, v in now.items() if k != pid) / dt
        load = float(Path("/proc/loadavg").read_text().split()[0])
        out.append({"t": t_now, "main": main, "others": others, "load": load})
        before, t_before = now, t_now


async def session(browser: Any, url: str, until: float, rounds: list[float]) -> None:
    """One visitor on Compare flipping its two toggles until ``until``."""
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    started = time.perf_counter()
    page = await browser.new_page()
    await page.goto(f"{url}/Compare", wait_until="domcontentloaded")
    idle = "[data-testid='stApp'][data-test-script-state='notRunning']"
    await page.wait_for_selector(idle, timeout=60_000)
    print(f"session ready after {time.perf_counter() - started:.1f} s", flush=True)
    labels = ["Subjects as rows", "Only rows that differ"]
    i = 0
    while time.perf_counter() < until:
        t0 = time.perf_counter()
        await page.get_by_text(labels[i % 2], exact=True).click()
        with contextlib.suppress(PlaywrightTimeout):  # a quick rerun may end before it is seen
            await page.wait_for_selector("[data-test-script-state='running']", timeout=2_000)
        await page.wait_for_selector(idle, timeout=60_000)
        rounds.append(time.perf_counter() - t0)
        i += 1
    await page.close()


async def drive(url: str, sessions: int, seconds: float, rounds: list[float]) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(
            executable_path=chromium_path(), headless=True, args=CHROMIUM_FLAGS
        )
        until = time.perf_counter() + seconds + 30  # the pages' first load is not counted
        results = await asyncio.gather(
            *(session(browser, url, until, rounds) for _ in range(sessions)),
            return_exceptions=True,
        )
        for result in results:
            if isinstance(result, BaseException):
                print(f"a session stopped early: {type(result).__name__}: {result}")
        await browser.close()


def summary(name: str, values: list[float]) -> str:
    if not values:
        return f"{name}: none"
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return (
        f"{name}: n={len(values)} median {statistics.median(values):.3f} s  "
        f"p95 {p95:.3f} s  max {max(values):.3f} s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--idle", type=float, default=10.0, help="probe-only seconds first")
    parser.add_argument("--articles", default=None, help="EXPLORER_ARTICLES for the server")
    args = parser.parse_args(argv)
    if chromium_path() is None:
        print("no chromium: apt-get install chromium")
        return 1

    env = {"EXPLORER_ARTICLES": args.articles} if args.articles else None
    with streamlit_server(env) as server:
        probes: list[tuple[float, float]] = []
        samples: list[dict[str, float]] = []
        rounds: list[float] = []
        stop = threading.Event()
        threads = [
            threading.Thread(target=probe, args=(server.url, stop, probes), daemon=True),
            threading.Thread(target=sample, args=(server.process.pid, stop, samples), daemon=True),
        ]
        for thread in threads:
            thread.start()
        time.sleep(args.idle)
        busy_from = time.perf_counter()
        asyncio.run(drive(server.url, args.sessions, args.seconds, rounds))
        stop.set()
        for thread in threads:
            thread.join(PROBE_TIMEOUT_S + 1)

    idle = [lat for t, lat in probes if t < busy_from]
    busy = [lat for t, lat in probes if t >= busy_from]
    busy_samples = [s for s in samples if s["t"] >= busy_from]
    print(f"{args.sessions} sessions for {args.seconds:.0f} s on Compare, probes every 0.25 s")
    print(summary("health, no sessions     ", idle))
    print(summary("health, sessions running", busy))
    print(
        f"health probes over 1 s: {sum(v > 1 for v in busy)}, timed out: "
        f"{sum(v >= PROBE_TIMEOUT_S for v in busy)}"
    )
    print(summary("click to notRunning     ", rounds))
    if busy_samples:
        for key, label in (
            ("main", "server main thread (event loop) CPU"),
            ("others", "server script threads CPU"),
            ("load", "machine load (1 min)"),
        ):
            values = [s[key] for s in busy_samples]
            print(f"{label}: median {statistics.median(values):.2f}  max {max(values):.2f}")
        slow = [t for t, lat in probes if t >= busy_from and lat > SLOW_PROBE_S]
        during = [_window(busy_samples, t) for t in slow]
        during = [w for w in during if w is not None]
        if during:
            print(
                f"during the {len(during)} probes over {SLOW_PROBE_S} s: server CPU (all threads) "
                f"median {statistics.median(w['main'] + w['others'] for w in during):.2f}, "
                f"machine load median {statistics.median(w['load'] for w in during):.1f}"
            )
    return 0


def _window(samples: list[dict[str, float]], t: float) -> dict[str, float] | None:
    """The one-second sample whose interval holds time ``t``."""
    return next((s for s in samples if s["t"] - 1.0 <= t <= s["t"]), None)


if __name__ == "__main__":
    raise SystemExit(main())
