"""Loading many articles a step at a time: a batch of files is read, then every one of them
has its front matter parsed, then its Markdown repaired, its blocks built and its question read,
and only then is each one parsed and built into an Article.

Why: one article's load runs through unlike bodies of code in turn (the kernel's file reads,
libyaml, the repair's and the parser's regular expressions, markdown-it's Rust block parser,
the parser's Python rules). One file at a time, each step finds its code and the CPU's branch
history pushed out by the others; a batch at a time, each step stays warm over hundreds of
files. The work is the same (one per cent more instructions, for the bookkeeping) and it
takes less time (README, "Speed": a tenth to a fifth less CPU over the family).

The steps are :mod:`explorer.load`'s own functions, each behind the same catch-all, so every
file reads as :func:`~explorer.load.load_article` reads it, its errors included
(tests/test_staged.py holds the two to the same results).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from explorer.errors import ArticleError
from explorer.files import decode_text, read_regular_file
from explorer.load import build, compare, guarded, read_draft, read_front
from explorer.model import Article
from explorer.parsing import parse_blocks, read_question

BATCH = 256
"""Files per batch: enough for each step to stay warm, few enough that a batch's articles are
a few megabytes (measured: 64 gave half the gain of 256, and 1,024 no more than 256)."""

T = TypeVar("T")


def load_articles(
    paths: Iterable[str | Path], *, related: bool = True, batch: int = BATCH
) -> Iterator[Article | ArticleError]:
    """Each path's Article, or the ArticleError it raised, in the order of ``paths``."""
    chunk: list[Path] = []
    for path in paths:
        chunk.append(Path(path))
        if len(chunk) >= batch:
            yield from _load_batch(chunk, related)
            chunk = []
    if chunk:
        yield from _load_batch(chunk, related)


def _read_text(path: Path) -> str:
    return decode_text(read_regular_file(path))


def _load_batch(paths: list[Path], related: bool) -> list[Article | ArticleError]:
    """Each step over every file still standing; a file that fails one step has its error."""
    failed: dict[int, ArticleError] = {}

    def attempt(i: int, step: Callable[..., T], *args: Any) -> T | None:
        """``step(*args)`` for file ``i``, or None once its error is kept (every step's value
        is an object that is never false: a str only in the first step, tested for None)."""
        try:
            return guarded(step, *args)
        except ArticleError as exc:
            failed[i] = exc.with_path(paths[i])
            return None

    texts = {i: t for i, p in enumerate(paths) if (t := attempt(i, _read_text, p)) is not None}
    fronts = {i: f for i, t in texts.items() if (f := attempt(i, read_front, t, related))}
    drafts = {i: d for i, f in fronts.items() if (d := attempt(i, read_draft, f, paths[i].stem))}
    documents = {i: b for i, d in drafts.items() if (b := attempt(i, parse_blocks, d.markdown))}
    questions = {
        i: q
        for i in documents
        if (q := attempt(i, read_question, drafts[i].question, drafts[i].title))
    }
    articles: dict[int, Article] = {}
    for i, question in questions.items():
        comparison = attempt(i, compare, drafts[i], documents[i], question)
        if comparison is not None:
            article = attempt(i, build, drafts[i], comparison, str(paths[i]))
            if article is not None:
                articles[i] = article
    return [articles[i] if i in articles else failed[i] for i in range(len(paths))]
