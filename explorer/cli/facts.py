"""``python -m explorer facts [--json] [--dir DIR]``: the sourced facts matrix without the app.

``--json`` prints the contract other checks depend on:
``{"checked": DATE, "subjects": {NAME: {FACT_ID: {"label", "value", "status", "note",
"source", "as_of"}}}}``. Without it, a readable table, one block per fact. Either way the
exit code is 1 when any fact file has a problem, and every problem is printed on stderr as
``path:line: problem; fix``; the subjects that did load are still printed, so one broken
file never hides the others.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from explorer.paths import DEFAULT_FACTS_DIR

if TYPE_CHECKING:
    from explorer.facts.matrix import FactsMatrix


def add_facts_command(sub: Any) -> None:
    """Register ``facts`` on the CLI's subparsers (``sub`` is argparse's subparsers action)."""
    p = sub.add_parser("facts", help="print the sourced facts matrix (data/facts/*.yaml)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--dir", default=str(DEFAULT_FACTS_DIR), metavar="DIR", help="the facts folder")
    p.set_defaults(run=run_facts)


def run_facts(args: argparse.Namespace, out: TextIO) -> int:
    from explorer.facts.matrix import load_matrix, matrix_json  # not paid by `parse` (pandas)

    matrix = load_matrix(Path(args.dir))
    for problem in matrix.problems:
        print(problem, file=sys.stderr)
    if args.json:
        json.dump(matrix_json(matrix), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        print(describe_matrix(matrix), file=out)
    return 1 if matrix.problems else 0


def describe_matrix(matrix: FactsMatrix) -> str:
    """One block per fact: its label, then one line per subject with status, value and date."""
    if not matrix.subjects:
        return "no facts loaded"
    lines = [f"Facts for {', '.join(matrix.names)}; data checked on {matrix.checked}"]
    width = max(len(n) for n in matrix.names)
    for row in matrix.rows():
        lines.append("")
        lines.append(row.label)
        for name, fact in row.cells.items():
            if fact is None:
                lines.append(f"  {name:<{width}}  not recorded")
                continue
            lines.append(
                f"  {name:<{width}}  {fact.status.upper():<10} {fact.value} (as of {fact.as_of})"
            )
            lines.append(f"  {'':<{width}}  {'':<10} {fact.source}")
    return "\n".join(lines)
