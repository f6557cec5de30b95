"""``python -m explorer validate``: every data file checked, every problem as ``path:line: problem; fix``.

The checks are small and named, like mdn/browser-compat-data's linters, and listed here in one
explicit table (:data:`DATA_FILE_CHECKS`), so a reader sees every check in one place and no
module has to register itself on import. A folder is checked file by file, so one bad file
never hides the others, and the result says what was checked: a folder with nothing to check
is a problem, never "all valid".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from explorer.checks.articles import check_article
from explorer.checks.collections import check_collections
from explorer.checks.problem import Check, Problem
from explorer.choosing.needs import check_needs
from explorer.choosing.questions import check_questions
from explorer.facts.loading import check_facts_file
from explorer.facts.matrix import FACT_FILE_SUFFIXES, check_matrix_file
from explorer.load import ARTICLE_SUFFIXES


class DataFile(NamedTuple):
    """What a data file is (for the "checked ..." line) and the check that reads it."""

    kind: str
    check: Check


DATA_FILE_CHECKS: dict[str, DataFile] = {
    "needs.yaml": DataFile("vocabulary", check_needs),
    "questions.yaml": DataFile("vocabulary", check_questions),
    "facts.yaml": DataFile("facts file", check_facts_file),
    "collections.yaml": DataFile("topic list", check_collections),
}
"""File name (anywhere in the folder) -> its check; every other article file is an article."""

ARTICLE = DataFile("article", check_article)
FACTS_MATRIX = DataFile("subject facts file", check_matrix_file)
"""``data/facts/<subject>.yaml``: one subject's row of the facts matrix."""
_PLURALS = {"vocabulary": "vocabularies", "article": "articles"}


@dataclass(frozen=True)
class Validation:
    """Every problem found, and how many files of each kind were checked."""

    problems: list[Problem]
    checked: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        """``"11 articles, 2 vocabularies, 1 facts file"`` (articles first, then by table order)."""
        tables = [*DATA_FILE_CHECKS.values(), FACTS_MATRIX]
        kinds = [ARTICLE.kind, *dict.fromkeys(d.kind for d in tables)]
        return ", ".join(
            f"{n} {k if n == 1 else _PLURALS.get(k, k + 's')}"
            for k in kinds
            if (n := self.checked[k])
        )


def check_for(path: Path) -> DataFile | None:
    """The check for one file: by name for data files, by suffix for articles, else none."""
    if path.name in DATA_FILE_CHECKS:
        return DATA_FILE_CHECKS[path.name]
    if path.parent.name == "facts" and path.suffix.lower() in FACT_FILE_SUFFIXES:
        return FACTS_MATRIX
    return ARTICLE if path.suffix.lower() in ARTICLE_SUFFIXES else None


def validate_folder(folder: Path) -> Validation:
    """Check every data and article file under ``folder``, whatever the folder is called.

    Hidden files and folders (``.git``, ``.DS_Store``) are skipped.
    """
    if not folder.is_dir():
        return Validation(
            [Problem(str(folder), None, "the data folder does not exist", "pass a folder path")]
        )
    problems: list[Problem] = []
    checked: Counter[str] = Counter()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        found = check_for(path)
        if found is not None:
            checked[found.kind] += 1
            problems += found.check(path)
    if not checked:
        problems.append(
            Problem(
                str(folder),
                None,
                "no article or data file to check here",
                f"pass the data folder or a folder of articles ({', '.join(ARTICLE_SUFFIXES)})",
            )
        )
    return Validation(problems, checked)


def validate_directory(folder: Path) -> list[Problem]:
    """Every problem of :func:`validate_folder` (the tests' and the app's short form)."""
    return validate_folder(folder).problems
