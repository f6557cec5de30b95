"""The project's one exception type.

Every failure a user can cause (a bad file, a bad folder, a bad command-line value) is raised
as :class:`ArticleError`, so callers need exactly one ``except`` clause and every message has
the same shape: where (file, line, column), what is wrong, and how to fix it.
"""

from __future__ import annotations

from pathlib import Path


class ArticleError(Exception):
    """A problem with an input file, said in a way a person can act on.

    ``str(error)`` reads ``path:line:column: problem; fix`` with the parts that are known.
    """

    def __init__(
        self,
        problem: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
        fix: str | None = None,
    ) -> None:
        self.problem = problem
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column
        self.fix = fix
        super().__init__(self.message)

    @property
    def where(self) -> str:
        """``path:line:column`` with only the known parts (empty when nothing is known)."""
        parts = [p for p in (self.path, self.line, self.column) if p is not None]
        return ":".join(str(p) for p in parts)

    @property
    def message(self) -> str:
        text = f"{self.where}: {self.problem}" if self.where else self.problem
        return f"{text}; {self.fix}" if self.fix else text

    def with_path(self, path: str | Path) -> ArticleError:
        """The same error, located in ``path`` (used when text parsed in memory came from a file)."""
        return ArticleError(
            self.problem, path=path, line=self.line, column=self.column, fix=self.fix
        )
