"""Reading one ``data/facts/<subject>.yaml`` file and every problem in it, with its line.

Each problem is a :class:`~explorer.checks.problem.Problem` (``path:line: problem; fix``), the
shape ``python -m explorer validate`` prints for every data file. A fact that fails the schema
is dropped on its own: the file's other facts still load, so one typo never empties a column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from explorer.checks.problem import Problem
from explorer.checks.yamlfile import YamlFile, read_yaml
from explorer.errors import ArticleError
from explorer.facts.dates import date_period
from explorer.facts.matrix_schema import (
    FIELD_FIXES,
    REQUIRED_FACTS,
    MatrixFact,
    SubjectFacts,
)

Loc = tuple[int | str, ...]


def subject_id(name: str) -> str:
    """The file stem and URL form of a subject name: lower case, words joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


def _schema_problems(
    path: Path, parsed: YamlFile, prefix: Loc, errors: Sequence[ErrorDetails]
) -> list[Problem]:
    problems: list[Problem] = []
    for err in errors:
        if _echo(err):
            continue
        loc: Loc = (*prefix, *err["loc"])
        name = ".".join(str(p) for p in loc) or "file"
        field = next((str(p) for p in reversed(loc) if isinstance(p, str)), "")
        if err["type"] == "missing":
            problem = f"{name} is missing"
        elif err["type"] == "extra_forbidden":
            allowed = MatrixFact.model_fields if prefix else SubjectFacts.model_fields
            problems.append(
                Problem(
                    str(path),
                    parsed.line(loc),
                    f"unknown field {name!r}",
                    f"use only: {', '.join(allowed)}",
                )
            )
            continue
        else:
            problem = f"{name}: {err['msg'].removeprefix('Value error, ')}"
        fix = FIELD_FIXES.get(field, "see the header of any file in data/facts/ for the format")
        problems.append(Problem(str(path), parsed.line(loc), problem, fix))
    return problems


def _echo(err: ErrorDetails) -> bool:
    """pydantic's "too short" after it dropped bad items only repeats an error already given."""
    given = err.get("input")
    return err["type"] == "too_short" and isinstance(given, list | tuple) and len(given) > 0


def _validated(
    path: Path, parsed: YamlFile
) -> tuple[SubjectFacts | None, list[tuple[int, MatrixFact]], list[Problem]]:
    data = parsed.data
    if not isinstance(data, Mapping):
        fix = "start the file with 'subject: ...', 'checked: YYYY-MM-DD' and 'facts:'"
        return None, [], [Problem(str(path), 1, "the file is not a mapping", fix)]
    problems: list[Problem] = []
    good: list[tuple[int, MatrixFact]] = []
    items = data.get("facts")
    for i, item in enumerate(items if isinstance(items, list) else []):
        try:
            good.append((i, MatrixFact.model_validate(item)))
        except ValidationError as exc:
            problems += _schema_problems(path, parsed, ("facts", i), exc.errors())
    header: dict[str, Any] = dict(data)
    if isinstance(items, list):
        header["facts"] = [f for _, f in good]
    try:
        subject = SubjectFacts.model_validate(header)
    except ValidationError as exc:
        # An empty list after dropping bad facts is already reported, fact by fact.
        errors = [e for e in exc.errors() if not (e["loc"] == ("facts",) and items)]
        problems += _schema_problems(path, parsed, (), errors)
        return None, good, problems
    return subject, good, problems


def _duplicate_keys(path: Path, parsed: YamlFile) -> list[Problem]:
    return [
        Problem(
            str(path),
            line,
            f"the key {loc[-1]!r} appears twice in one mapping",
            "keep one; YAML silently drops all but the last",
        )
        for loc, line in parsed.duplicates
    ]


def _ids(path: Path, parsed: YamlFile, facts: Sequence[tuple[int, MatrixFact]]) -> list[Problem]:
    """Ids are rows: two facts with one id in a file would fight over one cell."""
    seen: dict[str, int] = {}
    problems: list[Problem] = []
    for i, fact in facts:
        line = parsed.line(("facts", i, "id"))
        if fact.id in seen:
            fix = "give each fact its own id, or delete one"
            problem = f"the id {fact.id!r} is already used on line {seen[fact.id]}"
            problems.append(Problem(str(path), line, problem, fix))
        else:
            seen[fact.id] = line
    # An id whose fact failed the schema is already reported on its own line.
    items = parsed.data.get("facts") if isinstance(parsed.data, Mapping) else None
    written = (
        {i.get("id") for i in items if isinstance(i, Mapping)} if isinstance(items, list) else set()
    )
    missing = [r for r in REQUIRED_FACTS if r not in seen and r not in written]
    if missing:
        problems.append(
            Problem(
                str(path),
                parsed.line(("facts",)),
                f"no fact with id {', '.join(missing)}",
                "add each one; write status 'unknown' where no primary source confirms a value",
            )
        )
    return problems


def _dates(
    path: Path,
    parsed: YamlFile,
    subject: SubjectFacts | None,
    facts: Sequence[tuple[int, MatrixFact]],
    today: date,
) -> list[Problem]:
    """No date in the future (a typo that makes stale data look fresh), and no fact holding
    for a date after the day it was checked (nobody can have read that yet)."""
    problems: list[Problem] = []
    checked = date_period(subject.checked)[0] if subject else today
    if subject and checked > today:
        problems.append(
            Problem(
                str(path),
                parsed.line(("checked",)),
                f"checked {subject.checked} is in the future (today is {today.isoformat()})",
                FIELD_FIXES["checked"],
            )
        )
    for i, fact in facts:
        if date_period(fact.as_of)[0] > min(checked, today):
            problems.append(
                Problem(
                    str(path),
                    parsed.line(("facts", i, "as_of")),
                    f"as_of {fact.as_of} is after the file was checked ({checked.isoformat()})",
                    "fix the date, or check the source again and update 'checked'",
                )
            )
    return problems


def _file_name(path: Path, parsed: YamlFile, subject: SubjectFacts | None) -> list[Problem]:
    """The file is named after its subject, so a reader finds the facts of "Widget Kit" in widget-kit.yaml."""
    if subject is None or path.stem == subject_id(subject.subject):
        return []
    want = f"{subject_id(subject.subject)}.yaml"
    problem = f"the file for {subject.subject!r} is named {path.name}"
    return [Problem(str(path), parsed.line(("subject",)), problem, f"rename it {want}")]


def read_subject_file(
    path: Path, *, today: date | None = None
) -> tuple[SubjectFacts | None, list[Problem]]:
    """The subject's facts (only those that passed the schema) and every problem, by line.

    ``None`` when the file is unreadable or its header (subject, checked) is broken.
    """
    try:
        parsed = read_yaml(path, "the subject facts file")
    except ArticleError as exc:
        return None, [Problem.from_error(exc, path)]
    when = today or date.today()
    subject, facts, problems = _validated(path, parsed)
    problems = _duplicate_keys(path, parsed) + problems
    problems += _ids(path, parsed, facts) + _dates(path, parsed, subject, facts, when)
    problems += _file_name(path, parsed, subject)
    return subject, sorted(problems, key=lambda p: p.line or 0)
