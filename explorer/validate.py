"""``python -m explorer validate``: every data file checked, every problem as ``path:line: problem; fix``.

The checks are small and named, like mdn/browser-compat-data's linters: each takes one file
and returns :class:`Problem` records. A folder is checked file by file, so one bad file never
hides the others. Vocabulary and fact files register their own checks in :data:`CHECKS`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from explorer.errors import ArticleError
from explorer.load import ARTICLE_SUFFIXES, load_article

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
"""Article ids appear in URLs: lower case words joined by single hyphens."""


@dataclass(frozen=True)
class Problem:
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


Check = Callable[[Path], list["Problem"]]


def check_article(path: Path) -> list[Problem]:
    """An article loads and its file name is a URL-safe id.

    Parser warnings (e.g. fewer than two subjects) are not problems: such an article still
    shows, as a list of points, and the app says why.
    """
    problems: list[Problem] = []
    if not ID_PATTERN.match(path.stem):
        problems.append(
            Problem(
                str(path),
                None,
                f"the file name {path.stem!r} is not a URL-safe article id",
                "rename it to lower-case words joined by hyphens, e.g. keras-tensorflow-pytorch.md",
            )
        )
    try:
        article = load_article(path)
    except ArticleError as exc:
        return [*problems, Problem.from_error(exc, path)]
    for warning in article.warnings:
        problems.append(Problem(str(path), 1, warning, "complete the front matter"))
    return problems


CHECKS: dict[str, Check] = {}
"""File name (in the data folder) -> check, for YAML data files; articles are checked by suffix."""


def register(file_name: str, check: Check) -> None:
    CHECKS[file_name] = check


def validate_directory(folder: Path) -> list[Problem]:
    """Check every data file under ``folder`` (articles, vocabularies, facts)."""
    _load_registered_checks()
    if not folder.is_dir():
        return [Problem(str(folder), None, "the data folder does not exist", "pass a folder path")]
    problems: list[Problem] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.name in CHECKS:
            problems += CHECKS[path.name](path)
        elif path.suffix.lower() in ARTICLE_SUFFIXES and path.parent.name == "articles":
            problems += check_article(path)
    return problems


def _load_registered_checks() -> None:
    """Import the modules that register checks for their own data files.

    Imported here, not at the top: they import this module to register themselves.
    """
    import explorer.facts
    import explorer.needs  # noqa: F401
