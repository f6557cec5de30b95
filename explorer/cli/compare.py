"""``python -m explorer compare PATH [--subject NAME ...] [--by attribute|theme] [--json]``.

The Compare page's grid without the app, for scripts and for checking a view by hand. The JSON
is a contract other checks depend on::

    {"by": "theme", "subjects": [...],
     "rows": [{"row": LABEL, "cells": {SUBJECT: [{"text": ..., "line": ...}]}}]}

rows in display order, an empty list where the article says nothing. Without ``--by`` the view
is the one the page opens on (:func:`explorer.views.themes.default_view`). Exit codes as for
``parse`` and ``choose``: 0 shown, 1 the article or the needs file cannot be used, 2 bad usage
(an unknown ``--subject``; the message lists the article's subjects).

The grid's modules (pandas, the tagger) are imported by the functions that build it: every
command shares one argument parser, and ``parse`` over a corpus must not pay a second of
imports per run for a command it does not run.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from explorer.errors import ArticleError
from explorer.load import load_article
from explorer.model import Article
from explorer.parsing.names import aliases
from explorer.views import VIEWS, View


class UnknownSubjectError(ValueError):
    """A ``--subject`` that names none of the article's subjects."""


def add_compare_command(sub: Any) -> None:
    """Add the ``compare`` subcommand to the ``python -m explorer`` subparsers."""
    p = sub.add_parser("compare", help="one article's subjects side by side, as rows of cells")
    p.add_argument("path", metavar="PATH", help="an article file")
    p.add_argument(
        "--subject",
        action="append",
        default=[],
        metavar="NAME",
        help="a subject to show (repeat for more; default every subject); short forms work",
    )
    p.add_argument(
        "--by",
        choices=VIEWS,
        default=None,
        help="rows are the article's attributes or themes from data/needs.yaml "
        "(default: the view the Compare page opens on)",
    )
    p.add_argument(
        "--needs-file", default=None, help="the themes vocabulary (default data/needs.yaml)"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=run_compare)


def run_compare(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``compare`` for parsed ``args``; print to ``out``, errors to stderr."""
    from explorer.choosing.tagging import load_tagger
    from explorer.views.themes import default_view

    try:
        tagger = load_tagger(args.needs_file)
    except ArticleError as exc:
        return _fail(f"the needs file cannot be used: {exc}", 1)
    try:
        article = load_article(args.path)
    except ArticleError as exc:
        return _fail(str(exc), 1)
    try:
        subjects = pick_subjects(article, args.subject)
    except UnknownSubjectError as exc:
        return _fail(str(exc), 2)
    by: View = args.by or default_view(article, subjects, tagger)
    record = compare_json(article, by, subjects, needs_file=args.needs_file)
    if args.json:
        json.dump(record, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        print(compare_text(article, record), file=out)
    return 0


def pick_subjects(article: Article, names: Sequence[str]) -> tuple[str, ...]:
    """The article's subjects named by ``names`` (any alias, any case), in article order."""
    known = article.comparison.subjects
    if not names:
        return known
    by_alias = {a.casefold(): s for s in known for a in aliases(s)}
    unknown = [n for n in names if n.strip().casefold() not in by_alias]
    if unknown:
        listed = ", ".join(known) or "none"
        raise UnknownSubjectError(
            f"{article.source}: no subject {', '.join(map(repr, unknown))} in this article; "
            f"its subjects are: {listed}"
        )
    wanted = {by_alias[n.strip().casefold()] for n in names}
    return tuple(s for s in known if s in wanted)


def compare_json(
    article: Article, by: View, subjects: Sequence[str], *, needs_file: str | None = None
) -> dict[str, Any]:
    """The ``--json`` record for one view of ``article``."""
    from explorer.choosing.tagging import load_tagger
    from explorer.views.compare import compare
    from explorer.views.themes import themes_grid

    rows: list[dict[str, Any]] = []
    if by == "theme":
        grid = themes_grid(article, subjects, load_tagger(needs_file))
        chosen = grid.subjects
        for row in grid.visible():
            cells = {c.subject: [_quote(q.text, q.line) for q in c.quotes] for c in row.cells}
            rows.append({"row": row.label, "cells": cells})
    else:
        table = compare(article, subjects)
        chosen = table.subjects
        for row_label, pairs in table.grid():
            cells = {
                s: [_quote(c.text, c.line, label) for label, c in cell.labelled()]
                for s, cell in pairs
            }
            rows.append({"row": row_label, "cells": cells})
    return {"by": by, "subjects": list(chosen), "rows": rows}


def compare_text(article: Article, record: dict[str, Any]) -> str:
    """A readable account of a ``compare_json`` record: each row, each subject's quotes."""
    from explorer.views.themes import says_nothing

    kind = "themes" if record["by"] == "theme" else "the article's attributes"
    lines = [f"{article.title}", f"{len(record['rows'])} rows, by {kind}"]
    for row in record["rows"]:
        lines += ["", str(row["row"])]
        for subject, quotes in row["cells"].items():
            if not quotes:
                lines.append(f"  {subject}: {says_nothing(str(row['row']), subject)}")
            for quote in quotes:
                label = f" ({quote['label']})" if quote.get("label") else ""
                lines.append(f'  {subject}, line {quote["line"]}{label}: "{quote["text"]}"')
    return "\n".join(lines)


def _quote(text: str, line: int, label: str | None = None) -> dict[str, Any]:
    """One quote of a cell; ``label`` is its own label in a group's row ("Advantages")."""
    return {"text": text, "line": line, **({"label": label} if label else {})}


def _fail(message: str, code: int) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code
