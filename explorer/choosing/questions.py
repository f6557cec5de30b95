"""The Chooser's plain questions (``data/questions.yaml``), checked against the needs vocabulary.

Each answer stands for weights on need ids. The questions used to be a Python constant, so
renaming a need in ``data/needs.yaml`` passed ``validate`` and then broke the page; as data
they are checked like every other data file: the one YAML reader, a pydantic schema, and the
named checks of :data:`QUESTION_CHECKS` (URL-safe, unique, unreserved keys; every need id
known), each problem as ``path:line: problem; fix``.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PositiveFloat
from pydantic_core import ErrorDetails

from explorer.checks.entries import Entries, run_checks, validate_items
from explorer.checks.problem import ID_PATTERN, Problem
from explorer.checks.yamlfile import YamlFile, read_yaml
from explorer.choosing.needs import load_needs
from explorer.choosing.tagging import load_tagger
from explorer.errors import ArticleError
from explorer.paths import DEFAULT_NEEDS, DEFAULT_QUESTIONS

MUST_HAVE_WEIGHT = 3.0
"""What a ticked must-have adds to its need's weight (it is also a requirement: see ranking)."""

RESERVED_KEYS = ("article", "mode", "must", "needs")
"""The Chooser's own URL parameters (and ``w-NEED``): a question key must not take one."""

_BASE = ("questions",)
_SHAPE_FIX = "start the file with 'questions:' followed by a list of entries ('- key: ...')"


class QuestionSpec(BaseModel):
    """One entry: a URL key, a prompt, and answers (answer text -> need id -> weight > 0)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    key: str = Field(min_length=1)
    prompt: str = Field(min_length=1)
    answers: dict[str, dict[str, PositiveFloat]] = Field(min_length=1)


@dataclass(frozen=True)
class Question:
    """A plain question whose answers stand for need weights (no article-specific answers)."""

    key: str
    """The URL parameter of the answer."""
    prompt: str
    answers: dict[str, dict[str, float]]
    """Answer text (shown, and put in the URL) -> need id -> weight it adds."""


def read_questions(
    path: Path, known_needs: Sequence[str]
) -> tuple[Entries[QuestionSpec], list[Problem]]:
    """The file's schema-valid questions and every problem found reading it (never raises)."""
    try:
        file = read_yaml(path, "the questions file")
    except ArticleError as exc:
        return Entries(YamlFile(path, None, {}, ()), ()), [Problem.from_error(exc, path)]
    problems = file.duplicate_problems()
    items = file.data.get("questions") if isinstance(file.data, dict) else None
    if not isinstance(items, list) or not items:
        problem = "the file is not a mapping with a non-empty 'questions' list"
        return Entries(file, ()), [*problems, file.problem(_BASE, problem, _SHAPE_FIX)]

    def explain(index: int, item: Mapping[str, Any], err: ErrorDetails) -> Problem:
        name = ".".join(str(p) for p in err["loc"]) or "entry"
        return file.problem(
            (*_BASE, index, *err["loc"]),
            f"question #{index + 1} {name!r}: {err['msg']}",
            "give each question a key, a prompt and answers (answer text: {need-id: weight > 0})",
        )

    valid, bad = validate_items(file, _BASE, items, QuestionSpec, explain, "question")
    known = frozenset(known_needs)
    return Entries(file, tuple(valid), _BASE, known=known), [*problems, *bad]


def check_keys(questions: Entries[QuestionSpec]) -> list[Problem]:
    """A key is a URL parameter: URL-safe, used once, and not one the Chooser already uses."""
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for i, spec in questions.items:
        line = questions.line(i, "key")
        if not ID_PATTERN.match(spec.key):
            problem = f"the question key {spec.key!r} is not kebab-case"
        elif spec.key in RESERVED_KEYS or spec.key.startswith("w-"):
            problem = f"the question key {spec.key!r} is a URL parameter the Chooser already uses"
        elif spec.key in seen:
            problem = f"the question key {spec.key!r} is already used on line {seen[spec.key]}"
        else:
            seen[spec.key] = line
            continue
        fix = "use a short lower-case word of its own (e.g. exp, build, run)"
        problems.append(questions.problem(i, ("key",), problem, fix))
    return problems


def check_known_needs(questions: Entries[QuestionSpec]) -> list[Problem]:
    """Every need an answer weighs is in the vocabulary, so renaming a need fails here first."""
    known = sorted(questions.known)
    problems: list[Problem] = []
    for i, spec in questions.items:
        for answer, weights in spec.answers.items():
            for need in weights:
                if need in questions.known:
                    continue
                near = difflib.get_close_matches(need, known, n=1)
                hint = f"did you mean {near[0]!r}? " if near else ""
                problems.append(
                    questions.problem(
                        i,
                        ("answers", answer, need),
                        f"the answer {answer!r} of question {spec.key!r} weighs the need "
                        f"{need!r}, which the needs vocabulary does not have",
                        f"{hint}use a need id of needs.yaml, or rename it here when you "
                        "rename it there",
                    )
                )
    return problems


QUESTION_CHECKS = (check_keys, check_known_needs)
"""The named checks after the schema, in the order they run."""


def _needs_beside(path: Path) -> Path:
    """The vocabulary the questions name: ``needs.yaml`` beside them, else the project's."""
    sibling = path.parent / "needs.yaml"
    return sibling if sibling.exists() else DEFAULT_NEEDS


def check_questions(path: Path) -> list[Problem]:
    """Every problem of a questions file, checked against the needs file beside it."""
    needs_file = _needs_beside(path)
    try:
        known = tuple(n.id for n in load_needs(needs_file))
    except ArticleError as exc:
        why = f"cannot check the needs it names: {needs_file} has a problem ({exc.problem})"
        return [Problem(str(path), None, why, f"fix {needs_file.name} first")]
    entries, problems = read_questions(path, known)
    problems += run_checks(entries, QUESTION_CHECKS)
    return sorted(problems, key=lambda p: (p.line or 0, p.problem))


def load_questions(
    path: Path | str | None = None, known_needs: Sequence[str] | None = None
) -> tuple[Question, ...]:
    """The questions in file order; raises :class:`ArticleError` naming the first problem.

    ``known_needs`` defaults to the ids of the needs file beside the questions file. Cached
    until either file changes, so a page can call it on every rerun.
    """
    file = Path(path) if path is not None else DEFAULT_QUESTIONS
    needs_file = _needs_beside(file)
    if known_needs is None:
        known_needs = load_tagger(needs_file).ids  # cached until the needs file changes
    return _cached(str(file), _stamp(file), tuple(known_needs))


@lru_cache(maxsize=8)
def _cached(path: str, stamp: int, known: tuple[str, ...]) -> tuple[Question, ...]:
    del stamp  # part of the cache key only: an edited file loads anew
    entries, problems = read_questions(Path(path), known)
    problems = sorted(problems + run_checks(entries, QUESTION_CHECKS), key=lambda p: p.line or 0)
    if problems:
        first = problems[0]
        raise ArticleError(first.problem, path=first.path, line=first.line, fix=first.fix)
    return tuple(
        Question(s.key, s.prompt, {a: dict(w) for a, w in s.answers.items()})
        for _, s in entries.items
    )


def _stamp(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


def weights_from_answers(
    answers: Mapping[str, str | None],
    must_haves: Sequence[str] = (),
    questions: Sequence[Question] | None = None,
) -> dict[str, float]:
    """Need weights for the answers given (question key -> answer text) and ticked must-haves.

    Unanswered questions and unknown answers add nothing; the result keeps first-seen order.
    ``questions`` defaults to :func:`load_questions`.
    """
    weights: dict[str, float] = {}
    for question in questions if questions is not None else load_questions():
        answer = answers.get(question.key)
        for need, weight in question.answers.get(answer or "", {}).items():
            weights[need] = weights.get(need, 0.0) + weight
    return add_must_haves(weights, must_haves)


def add_must_haves(weights: Mapping[str, float], must_haves: Sequence[str]) -> dict[str, float]:
    """``weights`` with :data:`MUST_HAVE_WEIGHT` added per must-have (the page and the CLI).

    A must-have is also a requirement; pass the same ids as ``must`` to ``rank_subjects``.
    """
    out = dict(weights)
    for need in must_haves:
        out[need] = out.get(need, 0.0) + MUST_HAVE_WEIGHT
    return out
