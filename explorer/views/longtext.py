"""Long lines and long text cut to a size a browser draws at once, with a note saying so.

A file that passes the load limits can still hold a 1 MB line or thousands of lines of code.
Streamlit sends whatever it is given, and the browser lays it out in one go: ``st.code`` with
line numbers and wrapping on a 1 MB line kept a tab busy for more than 90 seconds, and a long
paragraph in ``st.markdown`` does the same more slowly. So what is *shown* is cut (the file and
everything computed from it are not): long lines to :data:`MAX_LINE_CHARS`, the source view
into pages of at most :data:`PAGE_LINES` lines and :data:`PAGE_CHARS` characters, and one
rendered block of text to :data:`MAX_SHOWN_CHARS`.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.wording import counted

MAX_LINE_CHARS = 1_000
"""A source line longer than this is shown cut, with the number of characters left out."""
PAGE_LINES = 1_000
PAGE_CHARS = 100_000
"""One page of the source view: at most this many lines and characters (after cutting)."""
MAX_SHOWN_CHARS = 20_000
"""One block of rendered text (a claim, an intro, a field) is cut after this many characters."""


def cut_text(text: str, limit: int = MAX_SHOWN_CHARS) -> str:
    """``text``, or its first ``limit`` characters and a note of how much was left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]} … ({len(text) - limit:,} more characters not shown)"


def cut_line(line: str, limit: int = MAX_LINE_CHARS) -> str:
    if len(line) <= limit:
        return line
    return f"{line[:limit]} … ({len(line) - limit:,} more characters on this line not shown)"


@dataclass(frozen=True)
class SourcePage:
    """One page of an article's source, ready for ``st.code``."""

    text: str
    first_line: int
    last_line: int
    total_lines: int
    page: int
    pages: int
    cut_lines: tuple[int, ...]

    @property
    def numbered(self) -> bool:
        """Whether ``text`` carries its own line numbers (``st.code`` numbers from 1 only)."""
        return self.first_line > 1

    def note(self) -> str | None:
        """What was left out of this page, in plain words; None when it is the whole file."""
        parts = []
        if self.pages > 1:
            parts.append(
                f"Lines {self.first_line:,}-{self.last_line:,} of {self.total_lines:,} "
                f"(page {self.page} of {self.pages})."
            )
        if self.cut_lines:
            shown = ", ".join(f"{n:,}" for n in self.cut_lines[:5])
            more = f" and {len(self.cut_lines) - 5:,} more" if len(self.cut_lines) > 5 else ""
            parts.append(
                f"Lines longer than {MAX_LINE_CHARS:,} characters are cut here ({shown}{more}); "
                "the file itself is unchanged."
            )
        return " ".join(parts) or None


def page_starts(lines: list[str]) -> list[int]:
    """Index of the first line of each page: a page ends at PAGE_LINES lines or PAGE_CHARS."""
    starts, size, count = [0], 0, 0
    for index, line in enumerate(lines):
        length = min(len(line), MAX_LINE_CHARS + 60) + 1
        if count and (count >= PAGE_LINES or size + length > PAGE_CHARS):
            starts.append(index)
            size, count = 0, 0
        size += length
        count += 1
    return starts


def source_page(markdown: str, page: int = 1) -> SourcePage:
    """Page ``page`` (1-based, clamped to the pages there are) of ``markdown``, lines cut."""
    lines = markdown.split("\n")
    starts = page_starts(lines)
    page = min(max(page, 1), len(starts))
    start = starts[page - 1]
    end = starts[page] if page < len(starts) else len(lines)
    shown = [cut_line(line) for line in lines[start:end]]
    cut = tuple(
        start + i + 1 for i, line in enumerate(lines[start:end]) if len(line) > MAX_LINE_CHARS
    )
    if start > 0:
        width = len(str(end))
        shown = [f"{start + i + 1:>{width}}  {line}" for i, line in enumerate(shown)]
    return SourcePage("\n".join(shown), start + 1, end, len(lines), page, len(starts), cut)


GRID_CELLS = 120
"""Cells of the Compare grid drawn at once (the seed has about 45); more rows go to pages."""
READER_BLOCKS = 400
"""Blocks of the Article reading view drawn at once (the seed has about 40)."""


@dataclass(frozen=True)
class Window:
    """Which of ``total`` items one page draws: ``start`` up to, not including, ``end``."""

    start: int
    end: int
    page: int
    pages: int
    total: int

    def note(self, what: str) -> str | None:
        """Where this page is in the whole, in plain words; None when everything is drawn."""
        if self.pages <= 1:
            return None
        return (
            f"Showing {what} {self.start + 1:,}-{self.end:,} of {self.total:,} "
            f"(page {self.page} of {self.pages}); pick another page to see the rest."
        )


def window(total: int, page: int = 1, size: int = GRID_CELLS) -> Window:
    """Page ``page`` (1-based, clamped) of ``total`` items, ``size`` to a page."""
    size = max(1, size)
    pages = max(1, -(-total // size))
    page = min(max(page, 1), pages)
    start = (page - 1) * size
    return Window(start, min(total, start + size), page, pages, total)


def points_shown(subjects: int) -> int:
    """Plain points drawn per subject on Compare: the grid's cell budget shared out, at least
    3 each, so 60 subjects with 80 points each do not become 5,000 elements."""
    return max(3, GRID_CELLS // max(1, subjects))


def more_points_note(total: int, shown: int) -> str | None:
    """What is left out of a subject's points on Compare, and where to read them all."""
    if total <= shown:
        return None
    return f"{counted(total - shown, 'more point')} not shown here: the Article page has them all."
