"""The one shape of a data-file check: a file's schema-valid entries in, its problems out.

Every YAML data file is a list of entries (facts, needs, questions). Each is first validated
against its pydantic schema, then every named check in that file's explicit tuple runs on the
entries that passed, the way mdn/browser-compat-data lists its linters. One signature for
every check means a new check is one function and one tuple entry, wherever it lives.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from explorer.checks.problem import Problem
from explorer.checks.yamlfile import Loc, YamlFile

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Entries(Generic[T]):
    """A data file's entries that passed their schema, with what the named checks may need."""

    file: YamlFile
    items: tuple[tuple[int, T], ...]
    """(index in the file's list, entry), in file order."""
    base: Loc = ()
    """Where the list sits in the file: ``()`` for a top-level list, ``("needs",)`` under a key."""
    today: date = field(default_factory=date.today)
    """The day the check runs, for "not in the future" checks."""
    articles: Path | None = None
    """The articles folder the entries refer to, when a check needs it."""
    known: frozenset[str] = frozenset()
    """Ids of another data file the entries may name (need ids, for the questions)."""

    def line(self, index: int, *keys: int | str) -> int:
        """The line of entry ``index`` (or of a key inside it)."""
        return self.file.line((*self.base, index, *keys))

    def problem(self, index: int, keys: Sequence[int | str], problem: str, fix: str) -> Problem:
        """A problem at entry ``index`` (or a key inside it)."""
        return Problem(str(self.file.path), self.line(index, *keys), problem, fix)


Explain = Callable[[int, Mapping[str, Any], ErrorDetails], Problem]
"""How a file words one schema error of entry ``index``: (index, raw entry, error) -> problem."""


def validate_items(
    file: YamlFile,
    base: Loc,
    items: Sequence[Any],
    model: type[M],
    explain: Explain,
    noun: str,
) -> tuple[list[tuple[int, M]], list[Problem]]:
    """Each item of the list at ``base`` validated as ``model``; bad items become problems.

    ``noun`` names an entry in messages ("fact", "need"). A bad entry is reported and left
    out; the others are still checked, so one mistake never hides the rest.
    """
    entries: list[tuple[int, M]] = []
    problems: list[Problem] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            problems.append(
                file.problem(
                    (*base, i),
                    f"{noun} {i + 1} is not a mapping",
                    "write it as 'key: value' lines under its '-'",
                )
            )
            continue
        try:
            entries.append((i, model.model_validate(item)))
        except ValidationError as exc:
            problems += [explain(i, item, e) for e in exc.errors() if not _echo(e)]
    return entries, problems


def _echo(err: ErrorDetails) -> bool:
    """A "too short" error that only echoes a bad item (pydantic drops it, then counts)."""
    if err["type"] != "too_short":
        return False
    given = err.get("input")
    minimum = (err.get("ctx") or {}).get("min_length", 1)
    return isinstance(given, list | tuple) and len(given) >= int(minimum)


def run_checks(
    entries: Entries[T], checks: Sequence[Callable[[Entries[T]], list[Problem]]]
) -> list[Problem]:
    """Every problem the named ``checks`` find, in the order the tuple lists them."""
    problems: list[Problem] = []
    for check in checks:
        problems += check(entries)
    return problems
