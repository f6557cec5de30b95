"""The article check: the file loads, and its name is a URL-safe id."""

from __future__ import annotations

from pathlib import Path

from explorer.checks.problem import ID_PATTERN, Problem
from explorer.errors import ArticleError
from explorer.load import load_article


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
