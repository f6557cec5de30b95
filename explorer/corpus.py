"""A folder of articles: load them all, keep every failure as a message, never lose the rest.

The app calls :func:`load_corpus` behind a cache keyed on :func:`data_stamp`, so an edited
file shows on the next rerun; the benchmark calls :func:`load_many` with two worker processes.
The folder is read without following links: a symbolic link in it is listed, and loading it
is a failure that names it, so nothing outside the folder is read or shown.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from explorer.errors import ArticleError
from explorer.load import ARTICLE_SUFFIXES
from explorer.model import Article
from explorer.paths import ARTICLES_ENV, DEFAULT_ARTICLES
from explorer.staged import BATCH, load_articles


@dataclass(frozen=True)
class LoadFailure:
    source: str
    message: str


@dataclass(frozen=True)
class Corpus:
    """Every article that loaded, in file-name order, and a message for every one that did not."""

    folder: str
    articles: tuple[Article, ...]
    failures: tuple[LoadFailure, ...] = ()

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.articles)

    def get(self, article_id: str | None) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)


def articles_folder(env: dict[str, str] | None = None) -> Path:
    """The folder to read: ``$EXPLORER_ARTICLES`` if set, else ``data/articles``."""
    value = (os.environ if env is None else env).get(ARTICLES_ENV, "").strip()
    return Path(value).expanduser() if value else DEFAULT_ARTICLES


def article_paths(folder: Path) -> list[Path]:
    """Article files directly in ``folder`` (``.md``, ``.txt``, ``.markdown``), sorted by name.

    Symbolic links with an article's name are listed too, unfollowed, so that loading them
    reports them (a link silently skipped would be an article silently missing).
    """
    if not folder.is_dir():
        return []
    with os.scandir(folder) as entries:
        return sorted(
            Path(entry.path)
            for entry in entries
            if Path(entry.name).suffix.lower() in ARTICLE_SUFFIXES
            and (entry.is_symlink() or entry.is_file(follow_symlinks=False))
        )


def data_stamp(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, modification time and size of every article file: the cache key for the folder."""
    stamp = []
    for path in article_paths(folder):
        try:
            st = path.lstat()  # a link's own times: its target is never read
        except OSError:
            continue
        stamp.append((path.name, st.st_mtime_ns, st.st_size))
    return tuple(stamp)


def _load_chunk(paths: Sequence[Path]) -> list[Article | ArticleError]:
    return list(load_articles(paths))


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for a bulk load.

    Loading keeps thousands of new objects alive, so the collector would rescan an ever larger
    heap (12% of a 10,000-article load, measured). The model holds no reference cycles, so
    reference counting alone frees everything; the collector is restored afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_many(paths: Sequence[Path], *, workers: int = 1) -> list[Article | ArticleError]:
    """Load ``paths`` in order; each result is an Article or the error that file raised.

    With ``workers > 1`` the files are parsed in that many processes (parsing is pure Python
    and CPU-bound, so threads would not help); forked workers inherit the paused collector.
    """
    with paused_gc():
        return _load_many(paths, workers)


def _load_many(paths: Sequence[Path], workers: int) -> list[Article | ArticleError]:
    if workers <= 1 or len(paths) < 2 * workers:
        return list(load_articles(paths))
    # Each worker loads a chunk a step at a time (explorer.staged), which wants long chunks;
    # the parent unpickles finished chunks while the workers load the rest, which wants short
    # ones. Measured on 6,000 synthetic articles, best of four: chunks of 256 took 2.5-2.7 s,
    # of 32 3.0-3.1 s, of 64 2.8 s (before staging, chunks of 25 beat chunks of 250 by 7%).
    size = max(1, min(BATCH, len(paths) // (workers * 4)))
    chunks = [paths[i : i + size] for i in range(0, len(paths), size)]
    from concurrent.futures import ProcessPoolExecutor  # 0.05 s to import; the CLI never needs it

    with ProcessPoolExecutor(max_workers=workers) as pool:
        return [result for done in pool.map(_load_chunk, chunks) for result in done]


def load_corpus(folder: Path, *, workers: int = 1) -> Corpus:
    """Load every article in ``folder``; a missing folder is a failure, not an exception."""
    if not folder.is_dir():
        return Corpus(
            str(folder),
            (),
            (
                LoadFailure(
                    str(folder),
                    f"{folder}: the article folder does not exist; "
                    f"create it or set {ARTICLES_ENV} to a folder of article files",
                ),
            ),
        )
    articles, failures = _split(load_many(article_paths(folder), workers=workers))
    return Corpus(str(folder), articles, failures)


def _split(
    results: Iterable[Article | ArticleError],
) -> tuple[tuple[Article, ...], tuple[LoadFailure, ...]]:
    articles: list[Article] = []
    failures: list[LoadFailure] = []
    for result in results:
        if isinstance(result, Article):
            articles.append(result)
        else:
            failures.append(LoadFailure(result.path or "", str(result)))
    return tuple(articles), tuple(failures)
