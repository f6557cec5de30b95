"""The facts matrix: every subject file of ``data/facts/`` read into one aligned table.

Rows are fact ids, columns are subjects, and every row is answered for every column (the
schema requires the core ids; ``unknown`` is an answer). The page, the CLI and the Compare
block all start from :func:`load_matrix`, which never raises: a broken file is reported as
problems and the other subjects still load, as a bad article never hides the good ones.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from explorer.checks.problem import Problem
from explorer.facts.dates import date_period
from explorer.facts.matrix_checks import read_subject_file, subject_id
from explorer.facts.matrix_schema import FACT_GROUPS, MatrixFact, SubjectFacts
from explorer.parsing.names import aliases
from explorer.paths import DEFAULT_FACTS_DIR

FACT_FILE_SUFFIXES = (".yaml", ".yml")

STATUS_BADGES: Mapping[str, tuple[str, str, str]] = {
    "yes": ("green", ":material/check_circle:", "Yes"),
    "partial": ("orange", ":material/contrast:", "Partial"),
    "no": ("red", ":material/cancel:", "No"),
    "deprecated": ("violet", ":material/history:", "Deprecated"),
    "unknown": ("gray", ":material/help:", "Unknown"),
    "value": ("blue", ":material/label:", "Value"),
}
"""Status -> (Streamlit badge colour, icon, word). The colour names are the theme's own, so
they stay readable in light and dark mode; the word and icon carry the meaning without colour."""


@dataclass(frozen=True)
class FactRow:
    """One row: a fact id, its label and group, and each subject's fact (None if not recorded)."""

    id: str
    label: str
    group: str
    cells: Mapping[str, MatrixFact | None]


@dataclass(frozen=True)
class FactsMatrix:
    """Every subject that loaded, in file-name order, and every problem of every file."""

    subjects: tuple[SubjectFacts, ...]
    problems: tuple[Problem, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.subject for s in self.subjects)

    @property
    def checked(self) -> str | None:
        """The oldest ``checked`` day: the whole table is at least that fresh, no fresher."""
        days = [s.checked for s in self.subjects]
        return min(days) if days else None

    def subject(self, name: str) -> SubjectFacts | None:
        """The subject an article calls ``name``, matched leniently: case and punctuation
        aside, and by the parser's aliases, so "Widget (WG)" and "widget" both find "Widget"."""
        by_id = {subject_id(s.subject): s for s in self.subjects}
        return next((by_id[k] for a in aliases(name) if (k := subject_id(a)) in by_id), None)

    def rows(
        self, subjects: Sequence[str] | None = None, group: str | None = None
    ) -> list[FactRow]:
        """Rows in group order, then in the order the first file lists them."""
        chosen = [s for s in self.subjects if subjects is None or s.subject in subjects]
        first: dict[str, MatrixFact] = {}
        for subject in chosen:
            for fact in subject.facts:
                first.setdefault(fact.id, fact)
        ordered = sorted(first.values(), key=lambda f: FACT_GROUPS.index(f.group))
        return [
            FactRow(f.id, f.label, f.group, {s.subject: s.get(f.id) for s in chosen})
            for f in ordered
            if group is None or f.group == group
        ]


def _agreement(subjects: Sequence[tuple[Path, SubjectFacts]]) -> list[Problem]:
    """The same id means the same row: its label and group must agree across files."""
    first: dict[str, tuple[Path, MatrixFact]] = {}
    seen: dict[str, Path] = {}
    problems: list[Problem] = []
    for path, subject in subjects:
        key = subject_id(subject.subject)
        if key in seen:
            problem = f"{subject.subject!r} already has a file, {seen[key].name}"
            problems.append(Problem(str(path), 1, problem, "merge the two files into one"))
        seen.setdefault(key, path)
        for fact in subject.facts:
            other = first.setdefault(fact.id, (path, fact))
            if (other[1].label, other[1].group) != (fact.label, fact.group):
                problems.append(
                    Problem(
                        str(path),
                        None,
                        f"fact {fact.id!r} is {fact.label!r} in group {fact.group!r} here but "
                        f"{other[1].label!r} in {other[1].group!r} in {other[0].name}",
                        "use the same label and group for one id in every file",
                    )
                )
    return problems


def fact_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FACT_FILE_SUFFIXES)


def load_matrix(folder: Path = DEFAULT_FACTS_DIR, *, today: date | None = None) -> FactsMatrix:
    """Every subject file in ``folder``; problems are collected, never raised."""
    if not folder.is_dir():
        fix = "create it with one <subject>.yaml file per subject"
        return FactsMatrix(
            (), (Problem(str(folder), None, "the facts folder does not exist", fix),)
        )
    loaded: list[tuple[Path, SubjectFacts]] = []
    problems: list[Problem] = []
    for path in fact_files(folder):
        subject, found = read_subject_file(path, today=today)
        problems += found
        if subject is not None:
            loaded.append((path, subject))
    problems += _agreement(loaded)
    return FactsMatrix(tuple(s for _, s in loaded), tuple(problems))


def check_matrix_file(path: Path, *, today: date | None = None) -> list[Problem]:
    """``validate``'s check for one subject file, including its agreement with the others."""
    matrix = load_matrix(path.parent, today=today)
    return [p for p in matrix.problems if Path(p.path) == path]


def matrix_json(matrix: FactsMatrix) -> dict[str, Any]:
    """The ``facts --json`` contract: ``{"checked", "subjects": {NAME: {FACT_ID: {...}}}}``."""
    keys = ("label", "value", "status", "note", "source", "as_of")
    return {
        "checked": matrix.checked,
        "subjects": {
            s.subject: {f.id: {k: getattr(f, k) for k in keys} for f in s.facts}
            for s in matrix.subjects
        },
    }


def as_of_start(fact: MatrixFact) -> date:
    """The first day ``as_of`` can mean: where a month-only date sits on a timeline."""
    return date_period(fact.as_of)[0]
