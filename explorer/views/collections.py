"""Home's list of articles, grouped by topic with the featured article first.

The topics come from ``data/collections.yaml`` (checked by :mod:`explorer.checks.collections`),
so which articles lead is data, not code. Home must never lose an article because the file
lags behind the folder: articles the file does not list (a new file, an instructor's own
``$EXPLORER_ARTICLES`` folder) are shown under "Other articles", ids it lists that the folder
lacks are skipped, and a broken or missing file still gives one group of every article.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from explorer.checks.collections import Collections, load_collections
from explorer.errors import ArticleError
from explorer.model import Article
from explorer.paths import DEFAULT_COLLECTIONS

OTHER_ID = "other"
OTHER_TITLE = "Other articles"
ALL_TITLE = "Articles"


@dataclass(frozen=True)
class ArticleGroup:
    """One heading on Home and its articles in display order."""

    id: str
    title: str
    articles: tuple[Article, ...]


@dataclass(frozen=True)
class HomeList:
    """What Home shows: the featured article (if the folder has it), then the groups.

    The featured article also stays in its own group, so each topic is complete.
    ``problem`` says why the collections file could not be used, for a notice.
    """

    featured: Article | None
    groups: tuple[ArticleGroup, ...]
    problem: str | None = None

    @property
    def featured_id(self) -> str | None:
        return self.featured.id if self.featured else None


def featured_first(articles: Sequence[Article], featured: str | None) -> list[Article]:
    """``articles`` with the featured one moved to the front (the order every picker offers)."""
    lead = [a for a in articles if a.id == featured]
    return lead + [a for a in articles if a.id != featured]


def group_articles(articles: Sequence[Article], collections: Collections) -> HomeList:
    """Articles grouped as ``collections`` says; unlisted ones last, under "Other articles"."""
    by_id = {a.id: a for a in articles}
    groups: list[ArticleGroup] = []
    placed: set[str] = set()
    for collection in collections.collections:
        members = tuple(
            by_id[i] for i in dict.fromkeys(collection.articles) if i in by_id and i not in placed
        )
        placed.update(a.id for a in members)
        if members:
            groups.append(ArticleGroup(collection.id, collection.title, members))
    rest = tuple(a for a in articles if a.id not in placed)
    if rest:
        groups.append(ArticleGroup(OTHER_ID, OTHER_TITLE if groups else ALL_TITLE, rest))
    return HomeList(by_id.get(collections.featured or ""), tuple(groups))


def home_list(articles: Sequence[Article], path: Path | None = None) -> HomeList:
    """Home's grouped list from the collections file (default ``data/collections.yaml``).

    A missing file is not a problem (one group of every article); a broken one is named in
    ``problem`` and Home still lists every article.
    """
    file = path if path is not None else DEFAULT_COLLECTIONS
    if not file.exists():
        return group_articles(articles, Collections(None, ()))
    try:
        collections = _load_collections(file, file.stat().st_mtime_ns)
    except ArticleError as exc:
        plain = group_articles(articles, Collections(None, ()))
        return HomeList(None, plain.groups, str(exc))
    return group_articles(articles, collections)


@functools.lru_cache(maxsize=4)
def _load_collections(path: Path, stamp: int) -> Collections:
    """The file read once per change (``stamp`` is its mtime): Home asks on every rerun."""
    return load_collections(path)
