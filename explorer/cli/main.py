"""The ``python -m explorer`` command line: ``parse``, ``validate``, ``choose``, ``compare`` and ``facts``.

Its output is a contract other checks depend on: ``parse --json`` prints ONE JSON array, one
object per path in the order given, and the exit code says whether every file loaded.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import orjson

from explorer.cli.compare import add_compare_command
from explorer.cli.facts import add_facts_command
from explorer.corpus import paused_gc
from explorer.errors import ArticleError
from explorer.model import Article
from explorer.staged import load_articles
from explorer.views.article import points_heading
from explorer.wording import counted

EXIT_CLOSED_PIPE = 141
"""What a shell reports for a command stopped by a closed pipe (128 + SIGPIPE)."""


def entry_point(argv: Sequence[str] | None = None) -> int:
    """``python -m explorer``: :func:`main`, quiet when the reader of stdout goes away.

    ``explorer parse ... | head`` closes the pipe early; every command would then die with a
    BrokenPipeError traceback at its next write. This is the one place that handles it, as
    the Python docs advise: stdout is pointed at /dev/null so the exit flush cannot fail too.
    """
    try:
        code = main(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_CLOSED_PIPE
    return code


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    parser = _parser()
    args = parser.parse_args(argv)
    return int(args.run(args, out))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m explorer",
        description="Parse, check and query comparison articles (Markdown with YAML front matter).",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="parse article files and print what was found")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files")
    p.add_argument("--json", action="store_true", help="print one JSON array, one object per path")
    p.set_defaults(run=_cmd_parse)

    v = sub.add_parser("validate", help="check every data file; print path:line: problem; fix")
    v.add_argument(
        "directory",
        nargs="?",
        default="data",
        metavar="DIR",
        help="a data folder or any folder of articles (default: data)",
    )
    v.set_defaults(run=_cmd_validate)

    c = sub.add_parser("choose", help="rank an article's subjects for weighted needs")
    c.add_argument("article", metavar="ARTICLE_PATH")
    c.add_argument(
        "--need",
        action="append",
        default=[],
        metavar="NEED[=WEIGHT]",
        help="a need id from data/needs.yaml, optionally with a weight (default 1)",
    )
    c.add_argument(
        "--must",
        action="append",
        default=[],
        metavar="NEED",
        help="a must-have: adds weight 3, and subjects without evidence for it rank last",
    )
    c.add_argument(
        "--needs-file", default=None, help="the needs vocabulary (default data/needs.yaml)"
    )
    c.add_argument(
        "--facts-file", default=None, help="the dated corrections (default data/facts.yaml)"
    )
    c.add_argument(
        "--with-facts",
        action="store_true",
        help="also count the facts matrix (data/facts/SUBJECT.yaml) as evidence, marked as facts",
    )
    c.add_argument("--json", action="store_true")
    c.set_defaults(run=_cmd_choose)

    add_compare_command(sub)
    add_facts_command(sub)
    return parser


def _cmd_parse(args: argparse.Namespace, out: TextIO) -> int:
    """Each path's record, written as soon as its batch is read: ``--json`` streams ONE array.

    Only a batch of articles is held at a time (:mod:`explorer.staged`), so memory stays flat
    over any number of paths (holding 6,000 records for one final dump took 150 MB, and the
    page faults showed in the time).
    """
    failed = False
    if args.json:
        out.write("[")
    with paused_gc():  # reference counting frees each record; the collector would find nothing
        loaded = load_articles(args.paths, related=False)  # records never show related ones
        for number, (path, article) in enumerate(zip(args.paths, loaded, strict=True)):
            error = article if isinstance(article, ArticleError) else None
            if isinstance(article, Article):
                try:
                    record = {"source": path, "ok": True, "error": None, **article.as_json()}
                    text = None if args.json else describe(article)
                except Exception as exc:  # noqa: BLE001 (anything one file raised)
                    error = _unexpected(path, exc)
            if error is not None:
                failed = True
                record = _failure(path, error)
                if not args.json:
                    print(f"error: {error}", file=out)
                    continue
            if args.json:
                out.write(f",{json_record(record)}" if number else json_record(record))
            else:
                print(text, file=out)
    if args.json:
        out.write("]\n")
    return 1 if failed else 0


def json_record(record: dict[str, Any]) -> str:
    """One record as JSON, written by orjson.

    The standard library's C encoder was 5 % of ``parse --json`` over a corpus (its indented
    form, pure Python, a fifth); orjson writes the same values about six times faster, with
    no spaces after ``,`` and ``:``. A value orjson refuses (a lone surrogate, which strict
    UTF-8 decoding should never let in) falls back to the standard encoder, which escapes it.
    """
    try:
        return orjson.dumps(record).decode("utf-8")
    except (TypeError, UnicodeDecodeError):  # orjson.JSONEncodeError is a TypeError
        return json.dumps(record, ensure_ascii=False)


def _unexpected(path: str, exc: Exception) -> ArticleError:
    return ArticleError(
        f"the file could not be reported ({type(exc).__name__}: {str(exc)[:200]})",
        path=path,
        fix="check the file; if it looks ordinary, report it with the file attached",
    )


def _failure(path: str, exc: ArticleError) -> dict[str, Any]:
    return {
        "source": path,
        "ok": False,
        "error": str(exc),
        "id": Path(path).stem,
        "source_id": None,
        "title": None,
        "question": None,
        "date": None,
        "subjects": [],
        "claims": [],
        "summary": {},
        "differences": [],
        "intro": "",
        "conclusion": "",
        "warnings": [],
    }


def describe(article: Article) -> str:
    """A readable, plain-text account of what the parser found in one article."""
    comp = article.comparison
    lines = [f"{article.source}: {article.title}"]
    count = counted(len(comp.claims), "claim")
    lines.append(f"  id {article.id}, dated {article.date or 'unknown'}, {count}")
    for subject in comp.subjects:
        claims = comp.claims_for(subject)
        attrs = [c.attribute for c in claims if c.attribute]
        points = sum(1 for c in claims if not c.attribute)
        extra = f" + {counted(points, 'unlabelled point')}" if points else ""
        lines.append(f"  - {subject}: {', '.join(dict.fromkeys(attrs)) or 'no attributes'}{extra}")
        if subject in comp.summary:
            lines.append(f"      summary: {comp.summary[subject]}")
    if comp.differences:
        lines.append(f"  {points_heading(article).lower()}: {len(comp.differences)}")
        for claim in comp.differences:
            lines.append(f"    * {claim.attribute or '(general)'}: {_short(claim.text)}")
    for warning in article.all_warnings:
        lines.append(f"  warning: {warning}")
    return "\n".join(lines)


def _short(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


def _cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    from explorer.checks.validate import validate_folder

    result = validate_folder(Path(args.directory))
    for problem in result.problems:
        print(problem, file=out)
    if result.problems:
        if result.checked:
            print(f"checked {result.summary()}", file=out)
        print(f"{counted(len(result.problems), 'problem')} found", file=out)
        return 1
    print(f"{args.directory}: all data files are valid ({result.summary()})", file=out)
    return 0


def _cmd_choose(args: argparse.Namespace, out: TextIO) -> int:
    from explorer.cli.choose import run_choose

    return run_choose(args, out)
