"""``python -m explorer validate``: every data file checked, every problem as ``path:line: problem; fix``.

The checks are small and named, like mdn/browser-compat-data's linters, and listed here in one
explicit table (:data:`DATA_FILE_CHECKS`), so a reader sees every check in one place and no
module has to register itself on import. A folder is checked file by file, so one bad file
never hides the others.
"""

from __future__ import annotations

from pathlib import Path

from explorer.checks.articles import check_article
from explorer.checks.collections import check_collections
from explorer.checks.problem import Check, Problem
from explorer.choosing.needs import check_needs
from explorer.facts.corrections import check_facts_file
from explorer.load import ARTICLE_SUFFIXES

DATA_FILE_CHECKS: dict[str, Check] = {
    "needs.yaml": check_needs,
    "facts.yaml": check_facts_file,
    "collections.yaml": check_collections,
}
"""File name (anywhere in the data folder) -> its check; articles are checked by suffix."""


def validate_directory(folder: Path) -> list[Problem]:
    """Check every data file under ``folder`` (articles, vocabularies, facts)."""
    if not folder.is_dir():
        return [Problem(str(folder), None, "the data folder does not exist", "pass a folder path")]
    problems: list[Problem] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.name in DATA_FILE_CHECKS:
            problems += DATA_FILE_CHECKS[path.name](path)
        elif path.suffix.lower() in ARTICLE_SUFFIXES and path.parent.name == "articles":
            problems += check_article(path)
    return problems
