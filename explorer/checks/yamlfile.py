"""The one reader for YAML data files: the data, the line of every key and item, duplicate keys.

Every data file (``needs.yaml``, ``facts.yaml``, ``questions.yaml``) is checked like code, so
each problem has to point at a line. PyYAML's ``safe_load`` forgets where things were, so this
module composes the node tree once, records the line of every key and list item by its path
(``("needs", 3, "signals", 1)``), and constructs the data from that same tree: one parse per
file. Dates stay text, so ``2024-13-01`` is a checker's message rather than PyYAML's crash.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from explorer.checks.problem import Problem
from explorer.errors import ArticleError

Loc = tuple[int | str, ...]
"""Where a value sits in the data: keys and list indexes from the top."""


class TextDatesLoader(yaml.SafeLoader):
    """Safe loading with dates kept as text, for the checks to read at the precision given.

    PyYAML turns ``2024-09-04`` into a ``datetime.date`` and raises a bare ``ValueError`` for an
    impossible one; data files check every date, partial or full, themselves.
    """


TextDatesLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class YamlFile:
    """A parsed data file: its data, the line of every key and item, and its duplicate keys."""

    path: Path
    data: Any
    lines: Mapping[Loc, int]
    duplicates: tuple[tuple[Loc, int], ...]

    def line(self, loc: Sequence[int | str]) -> int:
        """The line of ``loc`` or of its nearest located ancestor (for a missing field)."""
        key = tuple(loc)
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return self.lines.get((), 1)

    def problem(self, loc: Sequence[int | str], problem: str, fix: str) -> Problem:
        """A problem at ``loc`` of this file."""
        return Problem(str(self.path), self.line(loc), problem, fix)

    def duplicate_problems(self) -> list[Problem]:
        """YAML keeps the last of two equal keys without a word; each duplicate is a problem."""
        return [
            Problem(
                str(self.path),
                line,
                f"the key {loc[-1]!r} appears twice in one mapping",
                "keep one; YAML silently drops all but the last",
            )
            for loc, line in self.duplicates
        ]


def read_yaml(path: Path, what: str) -> YamlFile:
    """Read and parse ``path`` (``what`` names it in messages, e.g. "the facts file").

    Raises :class:`ArticleError` with the line and a fix for a missing, unreadable or
    non-YAML file, so every caller reports it the same way.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ArticleError(
            f"{what} does not exist", path=path, fix="create it, or pass the right path"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ArticleError(
            f"cannot read {what} ({exc})", path=path, fix="save it as UTF-8 text"
        ) from None
    try:
        # PyYAML checks for control characters (a pasted ``\x1f``) while building the loader.
        loader = TextDatesLoader(text)
    except yaml.reader.ReaderError as exc:
        raise ArticleError(
            f"not valid YAML: the control character U+{exc.character:04X} is not allowed",
            path=path,
            line=text.count("\n", 0, exc.position) + 1,
            fix="delete the control character (often pasted from a PDF or terminal)",
        ) from None
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except RecursionError:
        # PyYAML composes and constructs recursively; nesting that deep is no data file.
        raise ArticleError(
            "the YAML is nested too deeply to read",
            path=path,
            fix="flatten the nesting (a data file needs a few levels, not thousands)",
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise ArticleError(
            f"not valid YAML: {problem}",
            path=path,
            line=line,
            fix="fix the YAML syntax (indentation, quotes around text with ': ')",
        ) from None
    finally:
        loader.dispose()
    lines: dict[Loc, int] = {}
    dups: list[tuple[Loc, int]] = []
    if node is not None:
        _index(node, (), lines, dups)
    return YamlFile(path, data, lines, tuple(dups))


def _index(node: yaml.Node, loc: Loc, lines: dict[Loc, int], dups: list[tuple[Loc, int]]) -> None:
    """Record the line of ``node`` and of everything under it.

    An explicit stack rather than recursion, so nesting depth cannot reach Python's limit; a
    node met again through an alias (``*name``) is not walked again, so an alias bomb costs
    one visit per node, not one per expansion.
    """
    stack: list[tuple[yaml.Node, Loc]] = [(node, loc)]
    seen: set[int] = set()
    while stack:
        current, where = stack.pop()
        lines.setdefault(where, current.start_mark.line + 1)
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, yaml.MappingNode):
            pairs: dict[str, list[tuple[yaml.Node, yaml.Node]]] = {}
            for key_node, value_node in current.value:
                pairs.setdefault(str(key_node.value), []).append((key_node, value_node))
            for key, found in pairs.items():
                child = (*where, key)
                # YAML keeps the last of duplicate keys, so that is the one to point at.
                key_node, value_node = found[-1]
                if len(found) > 1:
                    dups.append((child, key_node.start_mark.line + 1))
                # A key's line, not its value's: a block list under ``sources:`` starts later.
                lines[child] = key_node.start_mark.line + 1
                stack.append((value_node, child))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend((item, (*where, i)) for i, item in enumerate(current.value))
