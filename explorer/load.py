"""Loading one article file: bytes -> text -> front matter -> repaired Markdown -> Article.

Every way a file can be bad (too big, a link, not UTF-8, empty, broken YAML, no text, a line
too long) becomes an :class:`~explorer.errors.ArticleError` naming the file, the line and
the fix; missing optional fields become warnings, so a rough article still loads. Any other
exception raised while reading one file (a parser bug, a RecursionError) becomes that
file's ArticleError too, so one bad file never takes the others with it.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from explorer.errors import ArticleError
from explorer.front_matter import MAX_LINE_CHARS, MAX_YAML_VALUES, split_front_matter
from explorer.model import Article, RelatedArticle
from explorer.parsing import parse_comparison
from explorer.repair import repair_line, repair_markdown

MAX_BYTES = 1024 * 1024
"""The total size limit. Articles are a few KiB (the published family's largest is 8 KiB);
anything over 1 MiB is a wrong file, and parsing it would stall the app."""

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

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
"""Never follow a symbolic link (a link in the article folder may point anywhere, /etc/passwd
included) and never wait on a FIFO: an article is a regular file, read as it is."""


def load_article(path: str | Path, *, related: bool = True) -> Article:
    """Read and parse one article file; raise :class:`ArticleError` if it cannot be used.

    ``related=False`` leaves :attr:`Article.related` empty, for a reader that never shows it
    (the CLI): those fields are a third of the family's front matter, checked but not built.
    """
    path = Path(path)
    data = _read_regular_file(path)
    try:
        return parse_article_bytes(data, article_id=path.stem, source=str(path), related=related)
    except ArticleError as exc:
        raise exc.with_path(path) from exc


def _read_regular_file(path: Path) -> bytes:
    """The bytes of ``path`` if it is a regular file (not a link) of at most MAX_BYTES."""
    try:
        if not getattr(os, "O_NOFOLLOW", 0) and path.is_symlink():
            raise OSError(errno.ELOOP, "link")  # Windows: no O_NOFOLLOW, so look first
        fd = os.open(path, _OPEN_FLAGS)
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        if getattr(exc, "errno", None) == errno.ELOOP:  # O_NOFOLLOW met a symbolic link
            raise ArticleError(
                "the file is a symbolic link, and links are not followed",
                path=path,
                fix="copy the article itself into the folder instead of linking to it",
            ) from exc
        raise _unreadable(path, exc) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(
                "this is not a regular file (a folder, device or pipe)",
                path=path,
                fix="give the path of an article file",
            )
        if info.st_size > MAX_BYTES:
            raise ArticleError(
                f"file is {info.st_size / MAX_BYTES:.1f} MiB, over the 1 MiB limit for one article",
                path=path,
                fix="check that this is an article file, or split it into several articles",
            )
        return _read_at_most(fd, info.st_size, MAX_BYTES + 1)
    except OSError as exc:  # an I/O error while reading
        raise _unreadable(path, exc) from exc
    finally:
        os.close(fd)


def _unreadable(path: Path, exc: Exception) -> ArticleError:
    return ArticleError(
        f"cannot read the file ({getattr(exc, 'strerror', None) or exc})",
        path=path,
        fix="check the path and the file's permissions",
    )


def _read_at_most(fd: int, size: int, limit: int) -> bytes:
    """Up to ``limit`` bytes of ``fd``; ``size`` (from fstat) sizes the first read.

    Plain ``os.read`` calls: a buffered reader asked for ``limit`` bytes allocates all of
    them first, which cost more than the rest of reading a small article.
    """
    parts = [os.read(fd, size + 1)]
    total = len(parts[0])
    while parts[-1] and total < limit:  # the file grew since fstat, or a short read
        parts.append(os.read(fd, min(limit - total, 1 << 16)))
        total += len(parts[-1])
    return b"".join(parts)


def parse_article_bytes(
    data: bytes, *, article_id: str, source: str = "<bytes>", related: bool = True
) -> Article:
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
    return parse_article_text(text, article_id=article_id, source=source, related=related)


def parse_article_text(
    text: str, *, article_id: str, source: str = "<text>", related: bool = True
) -> Article:
    """Parse an article's text: YAML front matter plus Markdown in ``answer`` or in the body.

    Whatever goes wrong is raised as :class:`ArticleError`: the app and the CLI catch only
    that, and a bug met on one odd file must cost that file, not the folder.
    """
    try:
        return _parse_article_text(text, article_id, source, related)
    except ArticleError:
        raise
    except Exception as exc:  # the catch-all the docstring explains
        raise ArticleError(
            f"the article could not be read ({type(exc).__name__}: {str(exc)[:200]})",
            fix="look for very deep nesting or very long content and simplify it; "
            "if the file looks ordinary, report it with the file attached",
        ) from exc


def _parse_article_text(text: str, article_id: str, source: str, related: bool) -> Article:
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
    warnings: list[str] = []

    answer = meta.get("answer")
    if isinstance(answer, str) and answer.strip():
        markdown = repair_markdown(answer, escaped_breaks=True)
        if len(markdown) > MAX_LINE_CHARS:
            _check_lines(markdown, text, field="answer")
    else:
        markdown = repair_markdown(body, escaped_breaks=False)
        if len(markdown) > MAX_LINE_CHARS:
            _check_lines(markdown, text, first_line=body_line)
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
    keywords = _text_field(seo, "page_keywords") if isinstance(seo, (dict, Mapping)) else ""
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
