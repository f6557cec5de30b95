"""Loading one article file: bytes -> text -> front matter -> repaired Markdown -> Article.

Every way a file can be bad (too big, a link, not UTF-8, empty, broken YAML, no text, a line
too long) becomes an :class:`~explorer.errors.ArticleError` naming the file, the line and
the fix; missing optional fields become warnings, so a rough article still loads. Any other
exception raised while reading one file (a parser bug, a RecursionError) becomes that
file's ArticleError too, so one bad file never takes the others with it.

The steps are named functions (:func:`read_front`, :func:`read_draft`, :func:`compare`,
:func:`build`), so that :mod:`explorer.staged` can run many files through each step in turn
with the very code that loads one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from explorer.errors import ArticleError
from explorer.files import MAX_BYTES, decode_text, read_regular_file
from explorer.front_matter import MAX_LINE_CHARS, MAX_YAML_VALUES, split_front_matter
from explorer.model import Article, Comparison, RelatedArticle
from explorer.parsing import parse_comparison
from explorer.parsing.markdown import Document
from explorer.parsing.question import Question
from explorer.repair import repair_line, repair_markdown

ARTICLE_SUFFIXES = (".md", ".txt", ".markdown")

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_BYTES",
    "MAX_LINE_CHARS",
    "MAX_YAML_VALUES",
    "load_article",
    "parse_article_bytes",
    "parse_article_text",
]

T = TypeVar("T")


def load_article(path: str | Path, *, related: bool = True) -> Article:
    """Read and parse one article file; raise :class:`ArticleError` if it cannot be used.

    ``related=False`` leaves :attr:`Article.related` empty, for a reader that never shows it
    (the CLI): those fields are a third of the family's front matter, checked but not built.
    """
    path = Path(path)
    try:
        data = guarded(read_regular_file, path)
        return parse_article_bytes(data, article_id=path.stem, source=str(path), related=related)
    except ArticleError as exc:
        raise exc.with_path(path) from exc


def parse_article_bytes(
    data: bytes, *, article_id: str, source: str = "<bytes>", related: bool = True
) -> Article:
    """Decode ``data`` as UTF-8 (a BOM is allowed) and parse it as an article."""
    return parse_article_text(
        decode_text(data), article_id=article_id, source=source, related=related
    )


def parse_article_text(
    text: str, *, article_id: str, source: str = "<text>", related: bool = True
) -> Article:
    """Parse an article's text: YAML front matter plus Markdown in ``answer`` or in the body.

    Whatever goes wrong is raised as :class:`ArticleError`: the app and the CLI catch only
    that, and a bug met on one odd file must cost that file, not the folder.
    """
    front = guarded(read_front, text, related)
    draft = guarded(read_draft, front, article_id)
    comparison = guarded(compare, draft)
    return guarded(build, draft, comparison, source)


def guarded(step: Callable[..., T], *args: Any) -> T:
    """``step(*args)``, with any exception but an ArticleError turned into one (the catch-all
    the module docstring explains)."""
    try:
        return step(*args)
    except ArticleError:
        raise
    except Exception as exc:  # the catch-all the docstring explains
        raise ArticleError(
            f"the article could not be read ({type(exc).__name__}: {str(exc)[:200]})",
            fix="look for very deep nesting or very long content and simplify it; "
            "if the file looks ordinary, report it with the file attached",
        ) from exc


@dataclass(slots=True)
class Front:
    """An article's text split at its front matter: the fields and the body after it."""

    text: str
    meta: Mapping[str, Any]
    body: str
    body_line: int


@dataclass(slots=True)
class Draft:
    """What the parser is given: the repaired Markdown, the title and question it is read by."""

    front: Front
    article_id: str
    markdown: str
    title: str
    question: str
    warnings: list[str]


def read_front(text: str, related: bool) -> Front:
    """The text's front matter and body; the file must be text, and not empty."""
    if "\r" in text:  # Windows line ends: the front matter fences are matched per line
        text = text.replace("\r\n", "\n")
    if "\x00" in text:
        raise ArticleError(
            "the file contains NUL characters, so it is not a text article",
            line=text.count("\n", 0, text.index("\x00")) + 1,
            fix="check that this is the article's Markdown file",
        )
    if not text.strip():
        raise ArticleError(
            "the file is empty", fix="add YAML front matter and the article's Markdown"
        )
    meta, body, body_line = split_front_matter(text, related=related)
    return Front(text, meta, body, body_line)


def read_draft(front: Front, article_id: str) -> Draft:
    """The article's Markdown (``answer``, or the body), repaired, and its title and question."""
    meta, text = front.meta, front.text
    warnings: list[str] = []
    answer = meta.get("answer")
    if isinstance(answer, str) and answer.strip():
        markdown = repair_markdown(answer, escaped_breaks=True)
        if len(markdown) > MAX_LINE_CHARS:
            _check_lines(markdown, text, field="answer")
    else:
        markdown = repair_markdown(front.body, escaped_breaks=False)
        if len(markdown) > MAX_LINE_CHARS:
            _check_lines(markdown, text, first_line=front.body_line)
    if not markdown:
        raise ArticleError(
            "the article has no text: the `answer` field is empty or missing and there is no body",
            line=1,
            fix="put the article's Markdown in `answer:` or after the closing `---`",
        )

    title = _text_field(meta, "title") or _text_field(meta, "article_title")
    question = _text_field(meta, "question")
    if not title and not question:
        title = question = _first_heading(markdown) or article_id.replace("-", " ").capitalize()
        warnings.append(
            "front matter has no `title` or `question`; "
            f"using {title!r} (add `title:` to the front matter)"
        )
    title = title or question
    question = question or title

    return Draft(front, article_id, markdown, title, question, warnings)


def compare(
    draft: Draft, document: Document | None = None, asked: Question | None = None
) -> Comparison:
    """What the parser reads in the draft; ``document`` and ``asked`` are its blocks and its
    question when a caller has built them already (:mod:`explorer.staged`)."""
    return parse_comparison(
        draft.markdown,
        title=draft.title,
        question=draft.question,
        document=document,
        asked=asked,
    )


def build(draft: Draft, comparison: Comparison, source: str) -> Article:
    """The Article: the draft, what the parser read in it, and the metadata kept."""
    meta = draft.front.meta
    seo = meta.get("seo")
    keywords = _text_field(seo, "page_keywords") if isinstance(seo, (dict, Mapping)) else ""
    return Article(
        id=draft.article_id,
        source=source,
        title=draft.title,
        question=draft.question,
        markdown=draft.markdown,
        comparison=comparison,
        date=_date_field(meta.get("date")),
        author=_text_field(meta, "author") or None,
        category=_text_field(meta, "subject") or None,
        url=_text_field(meta, "url") or None,
        source_id=_text_field(meta, "id") or None,
        keywords=tuple(k.strip() for k in keywords.split(",") if k.strip()),
        related=_related(meta),
        warnings=tuple(draft.warnings),
    )


def _check_lines(markdown: str, text: str, *, field: str = "", first_line: int = 1) -> None:
    """Refuse Markdown with a line over :data:`MAX_LINE_CHARS`, naming where it is."""
    for number, line in enumerate(markdown.split("\n"), start=1):
        if len(line) > MAX_LINE_CHARS:
            where = f"line {number} of the `{field}` text" if field else "this line"
            raise ArticleError(
                f"{where} is {len(line):,} characters long, over the "
                f"{MAX_LINE_CHARS:,}-character limit for one line",
                line=_field_line(text, field) if field else first_line + number - 1,
                fix="break the line into paragraphs or list items",
            )


def _field_line(text: str, field: str) -> int | None:
    """The file line where top-level ``field:`` starts (for errors; None if not found)."""
    found = re.search(rf"^{re.escape(field)}\s*:", text, re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else None


def _text_field(meta: Any, key: str) -> str:
    if not isinstance(meta, (dict, Mapping)):  # dict first: a plain check, not the ABC's
        return ""
    value = meta.get(key)
    if isinstance(value, str):  # nearly every value
        return repair_line(value)
    if value is None or isinstance(value, (dict, list)):
        return ""
    return repair_line(str(value))


def _date_field(value: Any) -> str | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return repair_line(str(value)) if value else None


def _related(meta: Mapping[str, Any]) -> tuple[RelatedArticle, ...]:
    """``related_article1`` ... ``related_articleN`` (empty slots are common and skipped)."""
    keys = sorted(
        (k for k in meta if isinstance(k, str) and k.startswith("related_article")),
        key=lambda k: (len(k), k),
    )
    found = []
    for key in keys:
        entry = meta[key]
        title = _text_field(entry, "title")
        if title:
            found.append(
                RelatedArticle(
                    title=title,
                    url=_text_field(entry, "url") or None,
                    source_id=_text_field(entry, "id") or None,
                )
            )
    return tuple(found)


def _first_heading(markdown: str) -> str:
    """The document's ``# Title`` heading; a lower heading names a section (often a subject)."""
    for line in markdown.splitlines():
        if line.startswith("# "):
            return line[2:].strip(" #")
    return ""
