"""The topic collections (``data/collections.yaml``): which articles Home shows together.

Home groups articles by topic so the frameworks lead and every other article stays one
heading away. A collection that names an article that does not exist, names one twice, or
forgets one would silently hide or double an article, so the file is checked like code:
each problem points at its line (``path:line: problem; fix``), the way ``validate`` says it.

The file is read with line numbers once (:func:`read_collections`); the check and the loader
share that reading, so the app and ``validate`` can never disagree about what is wrong.
"""

from __future__ import annotations

from collections.abc import Collection as AbstractCollection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from explorer.checks.problem import ID_PATTERN, Problem
from explorer.checks.yamlfile import YamlFile, read_yaml
from explorer.errors import ArticleError
from explorer.load import ARTICLE_SUFFIXES

_SHAPE_FIX = "write 'featured: ARTICLE-ID' and 'collections:' with a list of '- id: ...' entries"


class _CollectionSpec(BaseModel):
    """One entry; unknown keys are refused so a misspelt ``article:`` is caught, not ignored."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    articles: list[str] = Field(min_length=1)


@dataclass(frozen=True)
class Collection:
    """One topic: a URL-safe id, a heading for Home, and its article ids in display order."""

    id: str
    title: str
    articles: tuple[str, ...]


@dataclass(frozen=True)
class Collections:
    """Every topic in file order, and the featured article Home and the pickers start with."""

    featured: str | None
    collections: tuple[Collection, ...]


@dataclass(frozen=True)
class _Listed:
    """One article id as written, with its line, for duplicate and unknown-id problems."""

    article: str
    collection: str
    line: int


def article_ids(folder: Path) -> frozenset[str]:
    """The ids (file stems) of the article files in ``folder``; empty when it is missing."""
    if not folder.is_dir():
        return frozenset()
    return frozenset(
        p.stem for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
    )


def check_collections(path: Path, *, articles: Path | None = None) -> list[Problem]:
    """Every problem of a collections file, sorted by line.

    ``articles`` defaults to the ``articles`` folder next to the file (``data/articles`` for
    ``data/collections.yaml``): every id must name a file there, and every file there must be
    in exactly one collection.
    """
    folder = articles if articles is not None else path.parent / "articles"
    _, problems = read_collections(path, article_ids(folder))
    return sorted(problems, key=lambda p: (p.line or 0, p.problem))


def load_collections(path: Path) -> Collections:
    """The collections of ``path``; raises :class:`ArticleError` naming the first shape problem.

    Ids are not checked against a folder here: the app may run on another folder
    (``$EXPLORER_ARTICLES``), where unknown ids are simply skipped and unlisted articles shown
    under "Other articles" (see :mod:`explorer.views.collections`).
    """
    found, problems = read_collections(path, None)
    if problems:
        first = min(problems, key=lambda p: p.line or 0)
        raise ArticleError(first.problem, path=first.path, line=first.line, fix=first.fix)
    return found


def read_collections(
    path: Path, known: AbstractCollection[str] | None
) -> tuple[Collections, list[Problem]]:
    """The file's collections and its problems; ``known`` article ids, when given, are checked.

    Read once with line numbers by the one data-file reader (:func:`read_yaml`), which also
    bounds nesting and reports duplicate keys.
    """
    where = str(path)
    empty = Collections(None, ())
    try:
        file = read_yaml(path, "the collections file")
    except ArticleError as exc:
        return empty, [Problem.from_error(exc, path)]
    data = file.data
    if not isinstance(data, dict):
        return empty, [Problem(where, 1, "the file is not a mapping", _SHAPE_FIX)]
    problems = file.duplicate_problems() + [
        file.problem((str(name),), f"unknown key {name!r}", _SHAPE_FIX)
        for name in data
        if name not in ("featured", "collections")
    ]
    items = data.get("collections")
    if not isinstance(items, list) or not items:
        return empty, [
            *problems,
            file.problem(
                ("collections",), "'collections' is missing or not a non-empty list", _SHAPE_FIX
            ),
        ]
    found: list[tuple[Collection, int]] = []
    listed: list[_Listed] = []
    for index, item in enumerate(items):
        collection, entry_problems, entry_listed = _entry(file, index, item)
        problems += entry_problems
        listed += entry_listed
        if collection is not None:
            found.append((collection, file.line(("collections", index))))
    featured, featured_problems = _featured(file, listed)
    problems += featured_problems + _duplicates(where, found, listed)
    if known is not None:
        key_line = file.line(("collections",))
        problems += _unknown(where, listed, known) + _missing(where, key_line, listed, known)
    return Collections(featured, tuple(c for c, _ in found)), problems


def _entry(
    file: YamlFile, index: int, item: Any
) -> tuple[Collection | None, list[Problem], list[_Listed]]:
    loc = ("collections", index)
    listed: list[_Listed] = []
    if isinstance(item, dict) and isinstance(item.get("articles"), list):
        listed = [
            _Listed(str(a).strip(), str(item.get("id")), file.line((*loc, "articles", i)))
            for i, a in enumerate(item["articles"])
            if isinstance(a, str | int | float) and str(a).strip()
        ]
    try:
        spec = _CollectionSpec.model_validate(item)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            key = str(error["loc"][0]) if error["loc"] else ""
            problems.append(
                file.problem(
                    (*loc, key) if key else loc,
                    f"collection #{index + 1} {f'field {key!r}' if key else 'entry'}: "
                    f"{error['msg']}",
                    "give each collection an id, a title and a list of article ids",
                )
            )
        return None, problems, listed
    problems = []
    if not ID_PATTERN.match(spec.id):
        problems.append(
            file.problem(
                (*loc, "id"),
                f"the collection id {spec.id!r} is not kebab-case",
                "use lower-case words joined by single hyphens, e.g. frameworks",
            )
        )
    return (
        Collection(spec.id, spec.title, tuple(a.strip() for a in spec.articles)),
        problems,
        listed,
    )


def _featured(file: YamlFile, listed: list[_Listed]) -> tuple[str | None, list[Problem]]:
    """The featured article must be one of the listed ones, so Home can show it first."""
    if "featured" not in file.data:
        return None, []
    value = file.data.get("featured")
    if not isinstance(value, str) or not value.strip():
        return None, [file.problem(("featured",), "'featured' is not an article id", _SHAPE_FIX)]
    if value.strip() not in {entry.article for entry in listed}:
        return value.strip(), [
            file.problem(
                ("featured",),
                f"the featured article {value.strip()!r} is in no collection",
                "list it first in the collection it belongs to",
            )
        ]
    return value.strip(), []


def _duplicates(
    where: str, found: list[tuple[Collection, int]], listed: list[_Listed]
) -> list[Problem]:
    """An article in two places would show twice on Home; two ids alike would be ambiguous."""
    problems = []
    seen: dict[str, _Listed] = {}
    for entry in listed:
        first = seen.setdefault(entry.article, entry)
        if first is not entry:
            problems.append(
                Problem(
                    where,
                    entry.line,
                    f"the article {entry.article!r} is already listed on line {first.line} "
                    f"(collection {first.collection!r})",
                    "list each article in one collection only",
                )
            )
    ids: dict[str, int] = {}
    for collection, line in found:
        if collection.id in ids:
            problems.append(
                Problem(
                    where,
                    line,
                    f"the collection id {collection.id!r} is already used on line "
                    f"{ids[collection.id]}",
                    "give each collection its own id, or merge the two",
                )
            )
        ids.setdefault(collection.id, line)
    return problems


def _unknown(where: str, listed: list[_Listed], known: AbstractCollection[str]) -> list[Problem]:
    hint = ", ".join(sorted(known)[:6]) + (", ..." if len(known) > 6 else "")
    return [
        Problem(
            where,
            entry.line,
            f"no article file is called {entry.article!r}",
            f"use an article's file name without .md ({hint}) or add the article",
        )
        for entry in listed
        if entry.article not in known
    ]


def _missing(
    where: str, line: int, listed: list[_Listed], known: AbstractCollection[str]
) -> list[Problem]:
    """An article in no collection would still show, but only under "Other articles"."""
    named = {entry.article for entry in listed}
    return [
        Problem(
            where,
            line,
            f"the article {article!r} is in no collection",
            "add its id to the articles of the collection it belongs to",
        )
        for article in sorted(set(known) - named)
    ]
