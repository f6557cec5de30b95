"""One problem in one data file, said the way every check says it: ``path:line: problem; fix``.

Every checker (articles, the needs vocabulary, facts) returns these records, so the CLI prints
them one way and the tests assert on fields rather than on wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from explorer.errors import ArticleError

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
"""Ids appear in URLs: lower case words joined by single hyphens."""


@dataclass(frozen=True)
class Problem:
    """Where (file and line, when one is known), what is wrong, and how to fix it."""

    path: str
    line: int | None
    problem: str
    fix: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.problem}; {self.fix}"

    @classmethod
    def from_error(cls, exc: ArticleError, path: Path) -> Problem:
        return cls(exc.path or str(path), exc.line, exc.problem, exc.fix or "fix the file")


Check = Callable[[Path], list[Problem]]
"""A named check: one file in, its problems out (empty when the file is good)."""
