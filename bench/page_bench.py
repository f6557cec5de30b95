"""Benchmark: the Article and Compare pages on the largest articles that pass the limits.

    python bench/page_bench.py                 # every case, 3 timed runs each, then cleanup
    python bench/page_bench.py --repeat 5 --case table --case code

Each case is one synthetic article, alone in a temporary articles folder, at the size the
limits let through (read from the loader and parser when they name them, else the figures
below): a table of MAX_TABLE_ROWS rows, MAX_SUBJECTS subjects sharing MAX_CLAIMS claims (as attribute
rows, and as plain points), a line
as long as one line may be (up to the 1 MB a file may be), and a code block filling the file.
The seed article is the baseline. Every page is run once to fill the caches (the corpus is
parsed once per process, as on a server), then timed ``--repeat`` times with Streamlit's
``AppTest`` (the script run and the messages it builds; not the browser's layout, which
explorer/views/longtext.py bounds by cutting what is shown). The figure is the best run as a
ratio to the same page on the seed, in the same process; the target is at most 5x.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explorer.paths import ARTICLES_ENV, DEFAULT_ARTICLES

SEED = "keras-tensorflow-pytorch"
PAGES = {"Article": "pages/3_Article.py", "Compare": "pages/1_Compare.py"}
TARGET = 5.0


def _limit(module: str, name: str, default: int) -> int:
    """A named limit from the project when it has one (the loader's and parser's), else ours."""
    try:
        return int(getattr(importlib.import_module(module), name))
    except (ImportError, AttributeError):
        return default


MAX_BYTES = _limit("explorer.load", "MAX_BYTES", 1024 * 1024)
MAX_LINE = min(_limit("explorer.load", "MAX_LINE_CHARS", MAX_BYTES), MAX_BYTES - 4096)
MAX_ROWS = _limit("explorer.parsing.limits", "MAX_TABLE_ROWS", 1000)
MAX_SUBJECTS = _limit("explorer.parsing.limits", "MAX_SUBJECTS", 60)
MAX_CLAIMS = _limit("explorer.parsing.limits", "MAX_CLAIMS", 5000)

WORDS = [
    "fast",
    "steady",
    "light",
    "simple",
    "robust",
    "portable",
    "mature",
    "flexible",
    "typed",
    "lazy",
    "eager",
]


def _sentence(i: int, n: int = 12) -> str:
    return " ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(n)) + "."


def _article(title: str, subjects: list[str], body: str) -> str:
    names = ", ".join(subjects[:-1]) + f", and {subjects[-1]}"
    question = f"How do {names} differ?"
    return f'---\ntitle: "{title}"\nquestion: "{question}"\ndate: 2026-01-01\n---\n\n{body}\n'


def big_table() -> str:
    subjects = [f"Tool{chr(65 + i)}" for i in range(6)]
    rows = [f"| Aspect {r} | " + " | ".join(_sentence(r + c, 6) for c in range(6)) + " |"
            for r in range(MAX_ROWS)]  # fmt: skip
    head = "| Aspect | " + " | ".join(subjects) + " |\n|" + "---|" * 7
    return _article("A big table", subjects, "Intro.\n\n" + head + "\n" + "\n".join(rows))


def many_subjects() -> str:
    subjects = [f"Sub{i:02d}" for i in range(MAX_SUBJECTS)]
    per = max(1, MAX_CLAIMS // MAX_SUBJECTS - 1)
    sections = [
        f"### {s}\n" + "\n".join(f"- **Aspect {a}**: {_sentence(a)}" for a in range(per))
        for s in subjects
    ]
    return _article("Many subjects", subjects, "Intro.\n\n" + "\n\n".join(sections))


def many_points() -> str:
    """Subjects with plain bullet points (no attributes): Compare shows the points themselves."""
    subjects = [f"Sub{i:02d}" for i in range(MAX_SUBJECTS)]
    per = max(1, MAX_CLAIMS // MAX_SUBJECTS - 1)
    sections = [f"### {s}\n" + "\n".join(f"- {_sentence(a)}" for a in range(per)) for s in subjects]
    return _article("Many points", subjects, "Intro.\n\n" + "\n\n".join(sections))


def long_line() -> str:
    line = (_sentence(3) + " ") * (MAX_LINE // (len(_sentence(3)) + 1))
    body = f"Intro.\n\n### Alpha\n- **Notes**: {line.strip()}\n\n### Beta\n- **Notes**: short."
    return _article("A long line", ["Alpha", "Beta"], body)


def long_code() -> str:
    lines = [f"  x{i} = compute({i}, 'value')  # step {i}" for i in range(MAX_BYTES // 40)]
    while sum(len(line) + 1 for line in lines) > MAX_BYTES - 4096:
        lines = lines[: len(lines) * 9 // 10]
    body = (
        "Intro.\n\n### Alpha\n- **Example**: as code:\n\n  ```python\n"
        + "\n".join(lines)
        + "\n  ```\n\n### Beta\n- **Example**: none."
    )
    return _article("Long code", ["Alpha", "Beta"], body)


CASES = {
    "table": big_table,
    "subjects": many_subjects,
    "points": many_points,
    "line": long_line,
    "code": long_code,
}


def time_page(page: str, folder: Path, article: str, repeat: int) -> list[float]:
    """Seconds per run of ``page`` on ``article`` in ``folder``, after one untimed warm run."""
    from streamlit.testing.v1 import AppTest  # noqa: TID251  (the bench drives the pages)

    os.environ[ARTICLES_ENV] = str(folder)
    times = []
    for run in range(repeat + 1):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=900)
        at.switch_page(page)
        at.query_params["article"] = article
        start = time.perf_counter()
        at.run()
        if run:
            times.append(time.perf_counter() - start)
        if at.exception:
            raise RuntimeError(f"{page} on {article}: {at.exception[0].value}")
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--case", action="append", choices=list(CASES))
    args = parser.parse_args()
    print(
        f"limits: file {MAX_BYTES:,} B, line {MAX_LINE:,} chars, table {MAX_ROWS:,} rows, "
        f"{MAX_SUBJECTS} subjects, {MAX_CLAIMS:,} claims; {args.repeat} timed runs, best shown"
    )
    tmp = Path(tempfile.mkdtemp(prefix="page-bench-"))
    try:
        seed_dir = tmp / "seed"
        seed_dir.mkdir()
        shutil.copy(DEFAULT_ARTICLES / f"{SEED}.md", seed_dir)
        seed = {name: time_page(p, seed_dir, SEED, args.repeat) for name, p in PAGES.items()}
        base = {name: min(times) for name, times in seed.items()}
        print(f"{'case':<10}{'page':<9}{'size':>11}{'best s':>9}{'median s':>10}{'ratio':>8}")
        for name, times in seed.items():
            print(
                f"{'seed':<10}{name:<9}{'':>11}{min(times):>9.3f}"
                f"{statistics.median(times):>10.3f}{1:>8.1f}"
            )
        worst = 0.0
        for case in args.case or list(CASES):
            folder = tmp / case
            folder.mkdir()
            text = CASES[case]()
            (folder / f"{case}.md").write_text(text, encoding="utf-8")
            for name, page in PAGES.items():
                times = time_page(page, folder, case, args.repeat)
                ratio = min(times) / base[name]
                worst = max(worst, ratio)
                print(
                    f"{case:<10}{name:<9}{len(text.encode()):>11,}{min(times):>9.3f}"
                    f"{statistics.median(times):>10.3f}{ratio:>8.1f}"
                )
        verdict = "within" if worst <= TARGET else "OVER"
        print(f"worst ratio {worst:.1f}x: {verdict} the {TARGET:g}x target")
        return 0 if worst <= TARGET else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
