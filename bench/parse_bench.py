"""Benchmark: load + repair + parse of N synthetic articles against a YAML-only floor.

    python bench/parse_bench.py 10000            # both timings, the ratio, then cleanup
    python bench/parse_bench.py 2000 --profile   # also a cProfile of the project's load, 1 core

The articles are in the seed's shape (folded ``answer`` with ``\\n`` escapes, ``### Subject``
headings, ``- **Attr**: text`` bullets, a summary section and a conclusion), with varied
subjects and attributes; every third one carries mojibake and HTML entities, so the repair
path runs too. The floor reads the same files and parses only their front matter with
libyaml (``yaml.CSafeLoader``) on one core: the least any loader must do. The project side
is ``explorer.corpus.load_many(paths, workers=2)``, the app's own corpus loader.

Targets (from the issue): ratio <= 2 and 10,000 articles in under 5 s.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from explorer.corpus import load_many
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
        text = path.read_text(encoding="utf-8")
        front = text.split("\n---", 1)[0].removeprefix("---\n")
        if isinstance(yaml.load(front, Loader=yaml.CSafeLoader), dict):
            loaded += 1
    return loaded


def project(paths: list[Path], workers: int) -> list[Article | ArticleError]:
    return load_many(paths, workers=workers)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=10_000, help="number of articles")
    parser.add_argument("--workers", type=int, default=2, help="processes for the project side")
    parser.add_argument("--profile", action="store_true", help="cProfile the project on 1 core")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="parse-bench-") as tmp:
        paths = write_corpus(Path(tmp), args.n)
        floor(paths[: min(50, len(paths))])  # warm the page cache and imports for both sides

        t0 = time.perf_counter()
        results = project(paths, args.workers)
        project_s = time.perf_counter() - t0

        t0 = time.perf_counter()
        floor_ok = floor(paths)
        floor_s = time.perf_counter() - t0

        failures = [r for r in results if isinstance(r, ArticleError)]
        bad = [r.id for r in results if isinstance(r, Article) and len(r.comparison.subjects) < 2]
        print(f"articles: {args.n}  (failed: {len(failures)}, under two subjects: {len(bad)})")
        print(
            f"project  load_many(workers={args.workers}): {project_s:7.3f} s  "
            f"{args.n / project_s:10,.0f} articles/s"
        )
        print(
            f"floor    read + CSafeLoader (1 core): {floor_s:7.3f} s  "
            f"{args.n / floor_s:10,.0f} articles/s  ({floor_ok} front matters)"
        )
        print(f"ratio    project / floor: {project_s / floor_s:.2f}  (target <= 2)")

        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            for path in paths:
                load_article(path)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        ok = not failures and not bad
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
