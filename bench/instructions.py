"""Benchmark: instructions executed, not seconds: the project's load against the floor.

    python bench/instructions.py                      # 200 synthetic articles (parse_bench's)
    python bench/instructions.py --corpus DIR 200     # 200 real files spread over DIR

On a shared virtual machine a timing moves by a quarter from one run to the next, the floor's
included, so a change of a few per cent cannot be seen in seconds. The number of instructions
a run executes barely moves. Each side runs in its own process under ``valgrind
--tool=callgrind`` (needs ``apt-get install valgrind``; about 50 times slower than native): the
floor (read each file, libyaml on its front matter, as parse_bench and corpus_check time it),
the project (read, load and JSON each file, as ``parse --json`` does), and a process that only
imports and lists the files, whose count is taken off both. Two cores at best halve the
project's ratio in wall time; the CLI pays process start-up on top, once per 6,000 files.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from parse_bench import corpus_paths, floor, write_corpus

SIDES = ("imports", "floor", "project")


def child(side: str, listing: Path) -> None:
    """One side's work, on the files named in ``listing`` (run under valgrind)."""
    import orjson

    from explorer.corpus import paused_gc
    from explorer.model import Article
    from explorer.staged import load_articles

    paths = [Path(line) for line in listing.read_text(encoding="utf-8").splitlines()]
    if side == "floor":
        floor(paths)
    elif side == "project":
        with paused_gc():
            # as ``parse --json`` reads them: a batch at a time, related articles checked only
            for article in load_articles(paths, related=False):
                if isinstance(article, Article):
                    orjson.dumps(article.as_json())


def counted(side: str, listing: Path) -> int:
    """Instructions one side executes, as callgrind counts them."""
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--child",
        side,
        str(listing),
    ]
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    found = re.search(r"Collected\s*:\s*(\d+)", proc.stderr)
    if proc.returncode != 0 or found is None:
        raise SystemExit(f"valgrind failed on the {side} side: {proc.stderr[-300:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=200, help="number of articles")
    parser.add_argument("--corpus", type=Path, default=None, metavar="DIR", help="real files")
    parser.add_argument("--child", nargs=2, metavar=("SIDE", "LISTING"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)")
        return 1
    with tempfile.TemporaryDirectory(prefix="instructions-") as tmp:
        if args.corpus is not None:
            paths = corpus_paths(args.corpus, args.n)
        else:
            paths = write_corpus(Path(tmp), args.n)
        if not paths:
            print(f"{args.corpus}: no *.md files (unpack the corpus first)")
            return 1
        listing = Path(tmp) / "paths.txt"
        listing.write_text("\n".join(map(str, paths)), encoding="utf-8")
        counts = {side: counted(side, listing) for side in SIDES}
    n = len(paths)
    floor_n = counts["floor"] - counts["imports"]
    project_n = counts["project"] - counts["imports"]
    print(f"articles: {n} ({'real files' if args.corpus else 'synthetic'})")
    print(f"floor    read + CSafeLoader       {floor_n / n / 1e6:6.2f} M instructions per article")
    print(
        f"project  read + load + JSON       {project_n / n / 1e6:6.2f} M instructions per article"
    )
    print(f"ratio    project / floor: {project_n / floor_n:.2f} (on two cores, at best half)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
