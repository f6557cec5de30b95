"""The needs vocabulary (``data/needs.yaml``): what a reader may want, and the words that show it.

The chooser ranks an article's subjects against these needs, and the Explore view filters
claims by them, so a typo here would silently hide evidence. The file is therefore checked like
code: a pydantic schema for each entry, plus small named checks (unique ids, URL-safe ids,
non-empty signals, no signal claimed by two needs), each problem pointing at the line of the
offending entry so ``python -m explorer validate`` prints ``path:line: problem; fix``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from explorer.checks.problem import ID_PATTERN, Problem
from explorer.errors import ArticleError
from explorer.paths import DEFAULT_NEEDS


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


@dataclass(frozen=True)
class _Entry:
    """One raw entry with the lines its parts sit on (for ``path:line`` problems)."""

    index: int
    data: Any
    line: int
    key_lines: dict[str, int]
    signal_lines: tuple[int, ...]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


EntryCheck = Callable[[Path, Sequence[_Entry]], list[Problem]]


def check_needs(path: Path) -> list[Problem]:
    """Every problem of a needs file; an unreadable file is one problem, not an exception."""
    entries, problems = _read_entries(path)
    if problems:
        return problems
    for check in ENTRY_CHECKS:
        problems += check(path, entries)
    return sorted(problems, key=lambda p: (p.line or 0, p.problem))


def load_needs(path: Path | str | None = None) -> tuple[Need, ...]:
    """The vocabulary in file order; raise :class:`ArticleError` naming the first problem."""
    file = Path(path) if path is not None else DEFAULT_NEEDS
    problems = check_needs(file)
    if problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        raise ArticleError(first.problem + more, path=first.path, line=first.line, fix=first.fix)
    entries, _ = _read_entries(file)
    return tuple(_need(NeedSpec.model_validate(e.data)) for e in entries)


def _need(spec: NeedSpec) -> Need:
    return Need(spec.id, spec.label, spec.description, tuple(s.strip() for s in spec.signals))


# -- reading, with line numbers ------------------------------------------------------------


def _read_entries(path: Path) -> tuple[list[_Entry], list[Problem]]:
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Problem(where, None, f"cannot read the file ({exc})", "check the path")]
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        return [], [Problem(where, line, f"not valid YAML ({exc})", "fix the YAML syntax")]
    shape_fix = "start the file with 'needs:' followed by a list of entries ('- id: ...')"
    if not isinstance(data, dict) or not isinstance(root, yaml.MappingNode):
        return [], [Problem(where, 1, "the file is not a mapping with a 'needs' list", shape_fix)]
    seq = next((v for k, v in root.value if k.value == "needs"), None)
    items = data.get("needs")
    if not isinstance(items, list) or not isinstance(seq, yaml.SequenceNode) or not items:
        line = seq.start_mark.line + 1 if seq is not None else 1
        return [], [Problem(where, line, "'needs' is missing or not a non-empty list", shape_fix)]
    return [
        _entry(i, item, node) for i, (item, node) in enumerate(zip(items, seq.value, strict=True))
    ], []


def _entry(index: int, data: Any, node: yaml.Node) -> _Entry:
    key_lines: dict[str, int] = {}
    signal_lines: tuple[int, ...] = ()
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            key_lines[str(key.value)] = key.start_mark.line + 1
            if key.value == "signals" and isinstance(value, yaml.SequenceNode):
                signal_lines = tuple(v.start_mark.line + 1 for v in value.value)
    return _Entry(index, data, node.start_mark.line + 1, key_lines, signal_lines)


# -- the named checks ----------------------------------------------------------------------


def check_schema(path: Path, entries: Sequence[_Entry]) -> list[Problem]:
    """Each entry has exactly id, label, description and a list of signals, all text."""
    problems = []
    for entry in entries:
        try:
            NeedSpec.model_validate(entry.data)
        except ValidationError as exc:
            for error in exc.errors():
                key = str(error["loc"][0]) if error["loc"] else ""
                problems.append(
                    Problem(
                        str(path),
                        entry.line_of(key),
                        f"need #{entry.index + 1} {_field(key)}: {error['msg']}",
                        "give each need an id, a label, a description and a list of signals",
                    )
                )
    return problems


def check_id_pattern(path: Path, entries: Sequence[_Entry]) -> list[Problem]:
    """Ids go into URLs and onto the command line: lower-case words joined by hyphens."""
    return [
        Problem(
            str(path),
            e.line_of("id"),
            f"the need id {e.data['id']!r} is not kebab-case",
            "use lower-case words joined by single hyphens, e.g. rapid-prototyping",
        )
        for e in entries
        if _text(e, "id") and not ID_PATTERN.match(e.data["id"].strip())
    ]


def check_unique_ids(path: Path, entries: Sequence[_Entry]) -> list[Problem]:
    """Two needs with one id would make links and ``--need`` ambiguous."""
    seen: dict[str, int] = {}
    problems = []
    for e in entries:
        if not _text(e, "id"):
            continue
        need_id = e.data["id"].strip()
        if need_id in seen:
            problems.append(
                Problem(
                    str(path),
                    e.line_of("id"),
                    f"the need id {need_id!r} is already used on line {seen[need_id]}",
                    "give each need its own id, or merge the two entries",
                )
            )
        else:
            seen[need_id] = e.line_of("id")
    return problems


def check_signals_nonempty(path: Path, entries: Sequence[_Entry]) -> list[Problem]:
    """A blank signal would match nothing (or, as a pattern, everything)."""
    problems = []
    for e in entries:
        signals = e.data.get("signals") if isinstance(e.data, dict) else None
        if not isinstance(signals, list):
            continue
        for i, signal in enumerate(signals):
            if isinstance(signal, str) and not normalise_signal(signal):
                line = e.signal_lines[i] if i < len(e.signal_lines) else e.line_of("signals")
                problems.append(
                    Problem(
                        str(path),
                        line,
                        f"need {e.data.get('id')!r} has a blank signal",
                        "remove it or write the word or phrase it stands for",
                    )
                )
    return problems


def check_shared_signals(path: Path, entries: Sequence[_Entry]) -> list[Problem]:
    """A signal belongs to one need, so a sentence's evidence is never counted twice."""
    owner: dict[str, tuple[str, int]] = {}
    problems = []
    for e in entries:
        if not _text(e, "id") or not isinstance(e.data.get("signals"), list):
            continue
        need_id = e.data["id"].strip()
        for i, signal in enumerate(e.data["signals"]):
            key = normalise_signal(signal) if isinstance(signal, str) else ""
            if not key:
                continue
            line = e.signal_lines[i] if i < len(e.signal_lines) else e.line_of("signals")
            if key in owner:
                other, other_line = owner[key]
                where = "this need" if other == need_id else f"need {other!r}"
                problems.append(
                    Problem(
                        str(path),
                        line,
                        f"the signal {signal!r} of need {need_id!r} is already a signal of "
                        f"{where} (line {other_line})",
                        "keep the signal under the one need it best shows",
                    )
                )
            else:
                owner[key] = (need_id, line)
    return problems


ENTRY_CHECKS: tuple[EntryCheck, ...] = (
    check_schema,
    check_id_pattern,
    check_unique_ids,
    check_signals_nonempty,
    check_shared_signals,
)


def normalise_signal(signal: str) -> str:
    """The form two signals are compared in: lower case, hyphens and runs of spaces as one space."""
    return " ".join(re.split(r"[\s\-]+", signal.strip().lower())).strip()


def _text(entry: _Entry, key: str) -> bool:
    return isinstance(entry.data, dict) and isinstance(entry.data.get(key), str)


def _field(key: str) -> str:
    return f"field {key!r}" if key else "entry"
