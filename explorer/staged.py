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
from typing import TypeVar

from explorer.errors import ArticleError
from explorer.files import decode_text, read_regular_file
from explorer.load import build, compare, guarded, read_draft, read_front
from explorer.model import Article
from explorer.parsing import parse_blocks, read_question

BATCH = 256
"""Files per batch: enough for each step to stay warm, few enough that a batch's articles are
a few megabytes (measured on one core: batches of 32 gave under half the gain of 256, of 128
four fifths of it, of 1,024 no more)."""

T = TypeVar("T")
V = TypeVar("V")


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


def _load_batch(paths: list[Path], related: bool) -> list[Article | ArticleError]:
    """Each step over every file still standing; a file that fails one step keeps its error."""
    failed: dict[int, ArticleError] = {}

    def step(values: dict[int, V], run: Callable[[int, V], T]) -> dict[int, T]:
        done: dict[int, T] = {}
        for i, value in values.items():
            try:
                done[i] = guarded(run, i, value)
            except ArticleError as exc:
                failed[i] = exc.with_path(paths[i])
        return done

    texts = step(dict(enumerate(paths)), lambda _, path: decode_text(read_regular_file(path)))
    fronts = step(texts, lambda _, text: read_front(text, related))
    drafts = step(fronts, lambda i, front: read_draft(front, paths[i].stem))
    documents = step(drafts, lambda _, draft: parse_blocks(draft.markdown))
    questions = step(documents, lambda i, _: read_question(drafts[i].question, drafts[i].title))
    comparisons = step(questions, lambda i, asked: compare(drafts[i], documents[i], asked))
    articles = step(comparisons, lambda i, comparison: build(drafts[i], comparison, str(paths[i])))
    return [articles[i] if i in articles else failed[i] for i in range(len(paths))]
