"""The needs vocabulary (``data/needs.yaml``): what a reader may want, and the words that show it.

The chooser ranks an article's subjects against these needs, and the Explore view filters
claims by them, so a typo here would silently hide evidence. The file is therefore checked like
code: read once by :func:`explorer.checks.yamlfile.read_yaml`, a pydantic schema for each
entry, then the named checks of :data:`NEED_CHECKS` (URL-safe ids, unique ids, non-empty
signals, no signal claimed by two needs), each problem pointing at its line so
``python -m explorer validate`` prints ``path:line: problem; fix``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import ErrorDetails

from explorer.checks.entries import Entries, run_checks, validate_items
from explorer.checks.problem import ID_PATTERN, Problem
from explorer.checks.yamlfile import YamlFile, read_yaml
from explorer.errors import ArticleError
from explorer.paths import DEFAULT_NEEDS
from explorer.wording import counted

_BASE = ("needs",)
_SHAPE_FIX = "start the file with 'needs:' followed by a list of entries ('- id: ...')"


class NeedSpec(BaseModel):
    """The schema of one entry; unknown keys are refused so a misspelt ``signal:`` is caught."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str = Field(min_length=1)
    label: str = Field(min_length=1)
    description: str = Field(min_length=1)
    signals: list[str] = Field(min_length=1)


@dataclass(frozen=True)
class Need:
    """One need of the vocabulary, as the tagger and the chooser use it."""

    id: str
    label: str
    description: str
    signals: tuple[str, ...]


def read_needs(path: Path) -> tuple[Entries[NeedSpec], list[Problem]]:
    """The file's schema-valid entries and every problem found reading it (never raises).

    One parse per file: the same tree gives the data and the line of every key and signal.
    """
    try:
        file = read_yaml(path, "the needs file")
    except ArticleError as exc:
        return Entries(_empty(path), ()), [Problem.from_error(exc, path)]
    problems = file.duplicate_problems()
    data = file.data
    if not isinstance(data, dict):
        problem = "the file is not a mapping with a 'needs' list"
        return Entries(file, ()), [*problems, file.problem((), problem, _SHAPE_FIX)]
    items = data.get("needs")
    if not isinstance(items, list) or not items:
        problem = "'needs' is missing or not a non-empty list"
        return Entries(file, (), _BASE), [*problems, file.problem(_BASE, problem, _SHAPE_FIX)]

    def explain(index: int, item: Mapping[str, Any], err: ErrorDetails) -> Problem:
        key = str(err["loc"][0]) if err["loc"] else ""
        return file.problem(
            (*_BASE, index, *err["loc"][:1]),
            f"need #{index + 1} {_field(key)}: {err['msg']}",
            "give each need an id, a label, a description and a list of signals",
        )

    valid, bad = validate_items(file, _BASE, items, NeedSpec, explain, "need")
    return Entries(file, tuple(valid), _BASE), [*problems, *bad]


def check_needs(path: Path) -> list[Problem]:
    """Every problem of a needs file; an unreadable file is one problem, not an exception."""
    entries, problems = read_needs(path)
    problems += run_checks(entries, NEED_CHECKS)
    return sorted(problems, key=lambda p: (p.line or 0, p.problem))


def load_needs(path: Path | str | None = None) -> tuple[Need, ...]:
    """The vocabulary in file order; raise :class:`ArticleError` naming the first problem."""
    file = Path(path) if path is not None else DEFAULT_NEEDS
    entries, problems = read_needs(file)
    problems = sorted(problems + run_checks(entries, NEED_CHECKS), key=lambda p: p.line or 0)
    if problems:
        first = problems[0]
        more = f" (and {counted(len(problems) - 1, 'more problem')})" if len(problems) > 1 else ""
        raise ArticleError(first.problem + more, path=first.path, line=first.line, fix=first.fix)
    return tuple(_need(spec) for _, spec in entries.items)


def _need(spec: NeedSpec) -> Need:
    return Need(spec.id, spec.label, spec.description, tuple(spec.signals))


# -- the named checks (each: the schema-valid entries in, problems out) ---------------------


def check_id_pattern(needs: Entries[NeedSpec]) -> list[Problem]:
    """Ids go into URLs and onto the command line: lower-case words joined by hyphens."""
    return [
        needs.problem(
            i,
            ("id",),
            f"the need id {spec.id!r} is not kebab-case",
            "use lower-case words joined by single hyphens, e.g. rapid-prototyping",
        )
        for i, spec in needs.items
        if not ID_PATTERN.match(spec.id)
    ]


def check_unique_ids(needs: Entries[NeedSpec]) -> list[Problem]:
    """Two needs with one id would make links and ``--need`` ambiguous."""
    seen: dict[str, int] = {}
    problems = []
    for i, spec in needs.items:
        if spec.id in seen:
            problems.append(
                needs.problem(
                    i,
                    ("id",),
                    f"the need id {spec.id!r} is already used on line {seen[spec.id]}",
                    "give each need its own id, or merge the two entries",
                )
            )
        else:
            seen[spec.id] = needs.line(i, "id")
    return problems


def check_signals_nonempty(needs: Entries[NeedSpec]) -> list[Problem]:
    """A blank signal would match nothing (or, as a pattern, everything)."""
    return [
        needs.problem(
            i,
            ("signals", j),
            f"need {spec.id!r} has a blank signal",
            "remove it or write the word or phrase it stands for",
        )
        for i, spec in needs.items
        for j, signal in enumerate(spec.signals)
        if not normalise_signal(signal)
    ]


def check_shared_signals(needs: Entries[NeedSpec]) -> list[Problem]:
    """A signal belongs to one need, so a sentence's evidence is never counted twice."""
    owner: dict[str, tuple[str, int]] = {}
    problems = []
    for i, spec in needs.items:
        for j, signal in enumerate(spec.signals):
            key = normalise_signal(signal)
            if not key:
                continue
            if key in owner:
                other, other_line = owner[key]
                where = "this need" if other == spec.id else f"need {other!r}"
                problems.append(
                    needs.problem(
                        i,
                        ("signals", j),
                        f"the signal {signal!r} of need {spec.id!r} is already a signal of "
                        f"{where} (line {other_line})",
                        "keep the signal under the one need it best shows",
                    )
                )
            else:
                owner[key] = (spec.id, needs.line(i, "signals", j))
    return problems


NEED_CHECKS = (check_id_pattern, check_unique_ids, check_signals_nonempty, check_shared_signals)
"""The named checks after the schema, in the order they run."""


def normalise_signal(signal: str) -> str:
    """The form two signals are compared in: lower case, hyphens and runs of spaces as one space."""
    return " ".join(re.split(r"[\s\-]+", signal.strip().lower())).strip()


def _field(key: str) -> str:
    return f"field {key!r}" if key else "entry"


def _empty(path: Path) -> YamlFile:
    return YamlFile(path, None, {}, ())
