"""Reading ``data/facts.yaml``: the schema problems with their lines, the checks, the facts.

``python -m explorer validate`` runs :func:`check_facts_file` (listed in
``explorer.checks.validate``); the app calls :func:`load_facts`, which refuses a bad file with
its first problem rather than showing half-checked notes.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from pydantic_core import ErrorDetails

from explorer.checks.entries import Entries, Explain, validate_items
from explorer.checks.problem import Problem
from explorer.checks.yamlfile import YamlFile, read_yaml
from explorer.errors import ArticleError
from explorer.facts.checks import FACT_CHECKS, FIELD_FIXES, LOAD_CHECKS
from explorer.facts.schema import Fact
from explorer.paths import DEFAULT_FACTS

_FIELDS = tuple(Fact.model_fields)
_WHAT = "the facts file"


def _explain(file: YamlFile) -> Explain:
    """The schema-error wording of the facts file, bound to ``file`` for its lines."""

    def explain(index: int, item: Mapping[str, Any], err: ErrorDetails) -> Problem:
        loc = (index, *err["loc"])
        field = next((str(p) for p in reversed(err["loc"]) if isinstance(p, str)), "")
        name = ".".join(str(p) for p in err["loc"]) or "entry"
        if err["type"] == "missing":
            which = repr(item["id"]) if isinstance(item.get("id"), str) else str(index + 1)
            problem = f"fact {which} has no {name!r}"
        elif err["type"] == "extra_forbidden":
            fix = f"use only: {', '.join(_FIELDS)} (sources: title, url, date)"
            return file.problem(loc, f"unknown field {name!r}", fix)
        else:
            problem = f"{name}: {err['msg'].removeprefix('Value error, ')}"
        fix = FIELD_FIXES.get(field, "see the header of data/facts.yaml for the format")
        return file.problem(loc, problem, fix)

    return explain


def _entries(
    path: Path, today: date | None, articles: Path | None
) -> tuple[Entries[Fact], list[Problem]]:
    """The file's schema-valid facts and the problems found so far (raises for unreadable)."""
    file = read_yaml(path, _WHAT)
    problems = file.duplicate_problems()
    items: list[tuple[int, Fact]] = []
    if file.data is None:
        problems.append(file.problem((), "the facts file is empty", "add facts"))
    elif not isinstance(file.data, list):
        problems.append(
            file.problem(
                (),
                "the facts file must be a YAML list of facts",
                "start each fact with '- id: ...'",
            )
        )
    else:
        items, bad = validate_items(file, (), file.data, Fact, _explain(file), "fact")
        problems += bad
    entries = Entries(file, tuple(items), (), today or date.today(), articles)
    return entries, problems


def check_facts_file(
    path: Path, *, today: date | None = None, articles: Path | None = None
) -> list[Problem]:
    """Every problem in a facts file, as ``path:line: problem; fix`` records sorted by line.

    ``articles`` defaults to the ``articles`` folder next to the file (``data/articles`` for
    ``data/facts.yaml``), the one whose claims the facts must match.
    """
    folder = articles if articles is not None else path.parent / "articles"
    try:
        entries, problems = _entries(path, today, folder)
    except ArticleError as exc:
        return [Problem.from_error(exc, path)]
    for check in FACT_CHECKS:
        problems += check(entries)
    return sorted(problems, key=lambda p: p.line or 0)


def load_facts(path: str | Path = DEFAULT_FACTS, *, today: date | None = None) -> tuple[Fact, ...]:
    """The facts of ``path`` in file order; raises :class:`ArticleError` for the first problem.

    Runs the schema, id and date checks, not the claim-matching one: that needs the articles,
    and a fact that matches nothing is harmless to the app (``validate`` reports it).
    """
    path = Path(path)
    entries, problems = _entries(path, today, None)
    for check in LOAD_CHECKS:
        problems += check(entries)
    if problems:
        first = min(problems, key=lambda p: p.line or 0)
        raise ArticleError(first.problem, path=path, line=first.line, fix=first.fix)
    return tuple(f for _, f in entries.items)
