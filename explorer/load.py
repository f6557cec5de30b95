"""Loading one article file: bytes -> text -> front matter -> repaired Markdown -> Article.

Every way a file can be bad (too big, not UTF-8, empty, broken YAML, no text) becomes an
:class:`~explorer.errors.ArticleError` naming the file, the line and the fix; missing
optional fields become warnings, so a rough article still loads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from explorer.errors import ArticleError
from explorer.model import Article, RelatedArticle
from explorer.parsing import parse_comparison
from explorer.repair import repair_line, repair_markdown

MAX_BYTES = 1024 * 1024
"""Articles are a few KiB; anything over 1 MiB is a wrong file, and parsing it would stall the app."""

ARTICLE_SUFFIXES = (".md", ".txt", ".markdown")

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml when PyYAML was built with it (it is ~10x faster); the same safe semantics either way."""


def load_article(path: str | Path) -> Article:
    """Read and parse one article file; raise :class:`ArticleError` if it cannot be used."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(
                f"file is {size / MAX_BYTES:.1f} MiB, over the 1 MiB limit for one article",
                path=path,
                fix="check that this is an article file, or split it into several articles",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(
            f"cannot read the file ({exc.strerror or exc})",
            path=path,
            fix="check the path and the file's permissions",
        ) from exc
    try:
        return parse_article_bytes(data, article_id=path.stem, source=str(path))
    except ArticleError as exc:
        raise exc.with_path(path) from exc


def parse_article_bytes(data: bytes, *, article_id: str, source: str = "<bytes>") -> Article:
    """Decode ``data`` as UTF-8 (a BOM is allowed) and parse it as an article."""
    if len(data) > MAX_BYTES:
        raise ArticleError(
            f"text is {len(data) / MAX_BYTES:.1f} MiB, over the 1 MiB limit for one article",
            fix="split it into several articles",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ArticleError(
            f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x} cannot be decoded)",
            line=line,
            column=column,
            fix="save the file with UTF-8 encoding",
        ) from exc
    return parse_article_text(text, article_id=article_id, source=source)


def parse_article_text(text: str, *, article_id: str, source: str = "<text>") -> Article:
    """Parse an article's text: YAML front matter plus Markdown in ``answer`` or in the body."""
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
    meta, body = _split_front_matter(text)
    warnings: list[str] = []

    answer = meta.get("answer")
    if isinstance(answer, str) and answer.strip():
        markdown = repair_markdown(answer, escaped_breaks=True)
    else:
        markdown = repair_markdown(body, escaped_breaks=False)
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

    seo = meta.get("seo")
    keywords = _text_field(seo, "page_keywords") if isinstance(seo, Mapping) else ""
    comparison = parse_comparison(markdown, title=title, question=question)
    return Article(
        id=article_id,
        source=source,
        title=title,
        question=question,
        markdown=markdown,
        comparison=comparison,
        date=_date_field(meta.get("date")),
        author=_text_field(meta, "author") or None,
        category=_text_field(meta, "subject") or None,
        url=_text_field(meta, "url") or None,
        source_id=_text_field(meta, "id") or None,
        keywords=tuple(k.strip() for k in keywords.split(",") if k.strip()),
        related=_related(meta),
        warnings=tuple(warnings),
    )


_HANDLER = YAMLHandler()


def _split_front_matter(text: str) -> tuple[Mapping[str, Any], str]:
    """Front matter (a mapping, possibly empty) and the body after it.

    python-frontmatter finds the ``---`` fences; the YAML is then loaded here with libyaml's
    safe loader so that a broken file becomes an :class:`ArticleError` with the file's own
    line and column, and front matter that is a list or a scalar is an error rather than
    silently dropped (``frontmatter.parse`` ignores a non-mapping).
    """
    lead = len(text) - len(text.lstrip())
    if not _HANDLER.detect(text[lead:]):
        return {}, text.strip()
    fm_line = text.count("\n", 0, lead) + 2  # the first line of the YAML itself
    try:
        source, body = _HANDLER.split(text[lead:])
    except ValueError:
        raise ArticleError(
            "the front matter opened by `---` is never closed",
            line=fm_line - 1,
            column=1,
            fix="end the YAML front matter with a line holding only `---`",
        ) from None
    # The split keeps the newline that ends the opening fence: YAML's line 0 is that fence.
    origin = fm_line - 1
    try:
        meta = yaml.load(source, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context = getattr(exc, "context", None)
        if context:
            problem = f"{problem} ({context})"
        start = getattr(exc, "context_mark", None)
        if mark and start and mark.line >= source.count("\n"):
            # libyaml gave up at the end of the front matter (an unclosed [ or "): the
            # construct's first line is where the fix goes.
            mark = start
        raise ArticleError(
            f"the YAML front matter is invalid: {problem}",
            line=origin + mark.line if mark else None,
            column=mark.column + 1 if mark else None,
            fix=_yaml_fix(context or ""),
        ) from exc
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        # e.g. ``date: 2024-13-45`` matches YAML's timestamp pattern but is no date.
        raise ArticleError(
            f"the YAML front matter has a value that cannot be read ({exc})",
            line=fm_line,
            fix="quote values that only look like dates or numbers",
        ) from exc
    if meta is None:
        meta = {}
    if not isinstance(meta, Mapping):
        raise ArticleError(
            f"the front matter is a {type(meta).__name__}, not a mapping of fields",
            line=fm_line,
            column=1,
            fix="write the front matter as `key: value` lines",
        )
    return meta, body.strip()


def _yaml_fix(context: str) -> str:
    """How to fix the YAML error libyaml describes with ``context``."""
    if "flow" in context:
        return "close the [ or { on that line, or quote the value if the bracket is text"
    if "quoted scalar" in context:
        return "close the quote on that line, or remove it"
    return "fix the YAML (quote values that contain ': ' and indent folded text evenly)"


def _text_field(meta: Any, key: str) -> str:
    if not isinstance(meta, Mapping):
        return ""
    value = meta.get(key)
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
