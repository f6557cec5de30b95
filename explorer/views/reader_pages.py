"""The Article reading view in pages, so a huge article draws a few hundred blocks at a time.

Streamlit builds one element per block; thousands of them took the page from half a second to
several (issue 9: a 6,000-claim article). A link to a claim opens the page that holds it.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.views.article import ReaderSection
from explorer.views.longtext import READER_BLOCKS, Window, window


@dataclass(frozen=True)
class ReaderPage:
    sections: tuple[ReaderSection, ...]
    window: Window


def reader_page(
    sections: list[ReaderSection], page: int | None = None, *, line: int | None = None
) -> ReaderPage:
    """The sections' blocks on ``page`` (default: the page holding ``line``, else the first).

    A section whose blocks are all on other pages is left out; one that starts on an earlier
    page keeps its heading, so every block is shown under the heading it belongs to.
    """
    lines = [block.line for s in sections for block in s.blocks]
    if page is None:
        where = lines.index(line) if line is not None and line in lines else 0
        page = where // READER_BLOCKS + 1
    span = window(len(lines), page, READER_BLOCKS)
    shown, offset = [], 0
    for section in sections:
        first, offset = offset, offset + len(section.blocks)
        blocks = section.blocks[max(0, span.start - first) : max(0, span.end - first)]
        if blocks or (not section.blocks and span.page == 1):
            shown.append(ReaderSection(section.heading, blocks))
    return ReaderPage(tuple(shown), span)
