"""Benchmark: load + repair + parse of N articles against a YAML-only floor, in one run.

    python bench/parse_bench.py 10000                 # synthetic articles: both timings, the ratio
    python bench/parse_bench.py 2000 --profile        # also a cProfile of the project's load, 1 core
    python bench/parse_bench.py --corpus DIR [N]      # the same on real files (*.md under DIR)
    python bench/parse_bench.py --corpus DIR --cli    # also the CLI as corpus_check runs it
    python bench/parse_bench.py ... --share           # per-article microseconds, step by step

The synthetic articles are in the seed's shape (folded ``answer`` with ``\\n`` escapes,
``### Subject`` headings, ``- **Attr**: text`` bullets, a summary section and a conclusion),
with varied subjects and attributes; every third one carries mojibake and HTML entities, so
the repair path runs too. ``--corpus DIR`` takes real files instead (N of them, spread evenly
over the sorted paths, or all). The floor reads the same files and parses only their front
matter with libyaml (``yaml.CSafeLoader``) on one core: the least any loader must do. The
project side is ``explorer.corpus.load_many(paths, workers=2)``, the app's own corpus loader.
``--cli`` adds what ``shared/tools/corpus_check.py`` times: ``python -m explorer parse CHUNK
--json`` on chunks of 6,000 paths, two processes at a time, JSON read back.

Both sides run ``--repeat`` times (default 3), interleaved, and the min and the median of
each are printed: the machine is shared, and the min is the least disturbed run.
``--share`` splits one core's load into its steps (CPU time per article): the parser's
``parse_comparison`` against everything else, which is what the loader's owner can change.

Targets (from the issues): ratio <= 2 on synthetic articles, <= 1.5 for the CLI on the corpus.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import explorer.load as load_module
from explorer.corpus import load_many, paused_gc
from explorer.errors import ArticleError
from explorer.load import load_article
from explorer.model import Article

_SUBJECTS = [
    "Keras", "TensorFlow", "PyTorch", "JAX", "PostgreSQL", "MySQL", "SQLite", "MongoDB",
    "Redis", "Cassandra", "TCP", "UDP", "QUIC", "HTTP/2", "gRPC", "REST", "GraphQL", "Kafka",
    "RabbitMQ", "NATS", "Rust", "Go", "Zig", "C++", "Stacks", "Queues", "Heaps", "Tries",
]  # fmt: skip
_ATTRIBUTES = [
    "Performance", "Ease of Use", "Ecosystem and Tools", "Scalability", "Learning Curve",
    "Memory Model", "Community and Adoption", "Typical Use Cases", "Error Handling",
    "Concurrency", "Deployment", "Limitations", "Tooling", "Cost", "Security",
]  # fmt: skip
_PHRASES = [
    "is designed for teams that value predictable behaviour under load",
    "offers a gentle learning curve, especially for beginners",
    "handles large-scale workloads with $O(n \\log n)$ overhead",
    "integrates with `kubectl` and the usual CI tooling",
    "trades raw speed for safety and clearer error messages",
    "has a large community and many third-party extensions",
]
_DAMAGED = ["Hereâ€™s", "itâ€™s", "R&amp;D", "fast&nbsp;enough", "2â€“3 times"]


def article_text(i: int, rng: random.Random) -> str:
    """One synthetic article in the seed's shape (deterministic for a given ``rng``)."""
    subjects = rng.sample(_SUBJECTS, rng.randint(2, 4))
    damaged = i % 3 == 0
    lead = "Here’s" if not damaged else rng.choice(_DAMAGED)
    parts = [f"{', '.join(subjects)} are often compared. {lead} a detailed comparison:"]
    for subject in subjects:
        parts.append(f"### {subject}")
        for attribute in rng.sample(_ATTRIBUTES, rng.randint(3, 6)):
            phrase = rng.choice(_PHRASES)
            extra = f" {rng.choice(_DAMAGED)}" if damaged and rng.random() < 0.3 else ""
            parts.append(f"- **{attribute}**: {subject} {phrase}.{extra}")
        parts.append("")
    parts.append("### Summary of Differences")
    parts += [f"- **{s}** is best when {rng.choice(_PHRASES)}." for s in subjects]
    parts.append("")
    parts.append(f"In conclusion, the choice between {' and '.join(subjects)} depends on needs.")
    answer = "\\n".join(p if p else "" for p in parts).replace("\\n\\n\\n", "\\n\\n")
    question = f"How do {', '.join(subjects[:-1])} and {subjects[-1]} differ?"
    return (
        "---\n"
        f"id: {50000 + i}\n"
        "date: 2024-11-26\n"
        f"title: >-\n    {question}\n"
        f"question: >-\n    {question}\n"
        "seo:\n"
        f"  page_keywords: >-\n    {', '.join(subjects)}, comparison\n"
        "author: QuickTakes\n"
        f"answer: >-\n    {answer}\n"
        "subject: Computer Science\n"
        "related_article1:\n"
        f"    id: {60000 + i}\n"
        "    title: >-\n        Another question?\n"
        "related_article2:\n"
        "---\n\n&nbsp;"
    )


def write_corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        path = folder / f"article-{i:05d}.md"
        path.write_text(article_text(i, rng), encoding="utf-8")
        paths.append(path)
    return paths


def floor(paths: list[Path]) -> int:
    """Read each file and parse only its front matter with libyaml: the least a loader must do."""
    loaded = 0
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        front = text.split("\n---", 1)[0].removeprefix("---\n")
        if isinstance(yaml.load(front, Loader=yaml.CSafeLoader), dict):
            loaded += 1
    return loaded


def project(paths: list[Path], workers: int) -> list[Article | ArticleError]:
    return load_many(paths, workers=workers)


CLI_CHUNK = 6000
"""corpus_check's chunk: one ``python -m explorer parse`` process per 6,000 paths."""


def cli(paths: list[Path]) -> int:
    """What corpus_check times: the CLI on chunks of paths, two processes at a time."""

    def run(chunk: list[Path]) -> int:
        command = [sys.executable, "-m", "explorer", "parse", *map(str, chunk), "--json"]
        proc = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
        return sum(1 for r in json.loads(proc.stdout) if r["ok"])

    chunks = [paths[i : i + CLI_CHUNK] for i in range(0, len(paths), CLI_CHUNK)]
    with ThreadPoolExecutor(2) as pool:
        return sum(pool.map(run, chunks))


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def share(paths: list[Path]) -> None:
    """One core, CPU time per article: each step of loading, the parser apart."""
    steps = {"split_front_matter": 0.0, "repair_markdown": 0.0, "parse_comparison": 0.0}
    originals = {name: getattr(load_module, name) for name in steps}

    def clocked(name: str) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            c0 = time.process_time()
            try:
                return originals[name](*args, **kwargs)
            finally:
                steps[name] += time.process_time() - c0

        return run

    for name in steps:
        setattr(load_module, name, clocked(name))
    try:
        with paused_gc():
            c0 = time.process_time()
            articles = [a for a in map(_load_or_none, paths) if a is not None]
            total = time.process_time() - c0
            c0 = time.process_time()
            records = [
                {"source": a.source, "ok": True, "error": None, **a.as_json()} for a in articles
            ]
            text = json.dumps(records, ensure_ascii=False)
            json_s = time.process_time() - c0
    finally:
        for name, fn in originals.items():
            setattr(load_module, name, fn)
    c0 = time.process_time()
    floor(paths)
    floor_s = time.process_time() - c0
    n = len(paths)
    mine = total - steps["parse_comparison"]
    rest = mine - steps["split_front_matter"] - steps["repair_markdown"]

    def us(seconds: float) -> str:
        return f"{seconds / n * 1e6:6.0f} us"

    print(
        f"share (1 core, CPU per article, {n} articles, {len(text) / n / 1024:.1f} KiB JSON each):"
    )
    print(f"  floor (read + libyaml front matter)  {us(floor_s)}")
    print(f"  load_article, all                    {us(total)}")
    print(f"    parse_comparison (the parser)      {us(steps['parse_comparison'])}")
    print(f"    everything else (loading's share)  {us(mine)}")
    print(f"      front matter                     {us(steps['split_front_matter'])}")
    print(f"      repair_markdown                  {us(steps['repair_markdown'])}")
    print(f"      read, fields, Article            {us(rest)}")
    print(f"  parse --json record + json.dumps     {us(json_s)}")


def _load_or_none(path: Path) -> Article | None:
    try:
        return load_article(path)
    except ArticleError:
        return None


def corpus_paths(folder: Path, n: int | None) -> list[Path]:
    """``n`` of the ``*.md`` files under ``folder``, spread evenly over the sorted paths."""
    paths = sorted(folder.rglob("*.md"))
    if n is None or n >= len(paths):
        return paths
    step = len(paths) / n
    return [paths[int(i * step)] for i in range(n)]


def report(name: str, seconds: list[float], n: int) -> None:
    best, median = min(seconds), statistics.median(seconds)
    print(f"{name:44s} min {best:7.3f} s  median {median:7.3f} s  {n / best:9,.0f} articles/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=None, help="number of articles")
    parser.add_argument("--corpus", type=Path, default=None, metavar="DIR", help="real files")
    parser.add_argument("--workers", type=int, default=2, help="processes for the project side")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side")
    parser.add_argument("--cli", action="store_true", help="also time the CLI as corpus_check")
    parser.add_argument("--share", action="store_true", help="per-article CPU time by step")
    parser.add_argument("--profile", action="store_true", help="cProfile the project on 1 core")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="parse-bench-") as tmp:
        if args.corpus is not None:
            paths = corpus_paths(args.corpus, args.n)
            if not paths:
                print(f"{args.corpus}: no *.md files (unpack the corpus first)")
                return 1
        else:
            paths = write_corpus(Path(tmp), 10_000 if args.n is None else args.n)
        n = len(paths)
        floor(paths[: min(50, n)])  # warm the page cache and imports for both sides

        sides: dict[str, list[float]] = {"project": [], "floor": [], "cli": []}
        for _ in range(max(1, args.repeat)):
            seconds, results = timed(lambda: project(paths, args.workers))
            sides["project"].append(seconds)
            seconds, floor_ok = timed(lambda: floor(paths))
            sides["floor"].append(seconds)
            if args.cli:
                sides["cli"].append(timed(lambda: cli(paths))[0])

        failures = [r for r in results if isinstance(r, ArticleError)]
        bad = [r.id for r in results if isinstance(r, Article) and len(r.comparison.subjects) < 2]
        print(f"articles: {n}  (failed: {len(failures)}, under two subjects: {len(bad)})")
        report(f"project  load_many(workers={args.workers})", sides["project"], n)
        report(f"floor    read + CSafeLoader (1 core, {floor_ok} ok)", sides["floor"], n)
        if args.cli:
            report("cli      parse --json, 2 processes", sides["cli"], n)
        for name in ("project", "cli") if args.cli else ("project",):
            ratios = [a / b for a, b in zip(sides[name], sides["floor"], strict=True)]
            print(
                f"ratio    {name} / floor: min {min(ratios):.2f}  "
                f"median {statistics.median(ratios):.2f}  (target <= {2 if name == 'project' else 1.5})"
            )
        if args.share:
            share(paths)
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            for path in paths:
                _load_or_none(path)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        ok = not failures and (args.corpus is not None or not bad)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
