"""What is shown of long text is cut or paged, with a note; line numbers still match the file."""

from __future__ import annotations

import pytest

from explorer.views.article import ReaderBlock, ReaderSection
from explorer.views.longtext import (
    MAX_LINE_CHARS,
    MAX_SHOWN_CHARS,
    PAGE_CHARS,
    PAGE_LINES,
    READER_BLOCKS,
    cut_text,
    more_points_note,
    points_shown,
    source_page,
    window,
)
from explorer.views.markdown import literal_markdown, safe_markdown
from explorer.views.reader_pages import reader_page


def test_short_source_is_one_page_unchanged() -> None:
    view = source_page("a\nb\nc")
    assert (view.text, view.pages, view.numbered, view.note()) == ("a\nb\nc", 1, False, None)


def test_a_megabyte_line_is_cut_and_named() -> None:
    view = source_page("title\n" + "x" * 1_000_000 + "\nend")
    line = view.text.split("\n")[1]
    assert len(line) < MAX_LINE_CHARS + 80
    assert line.endswith("(999,000 more characters on this line not shown)")
    assert view.cut_lines == (2,)
    assert "cut here (2)" in (view.note() or "")
    assert view.text.split("\n")[2] == "end"


@pytest.mark.parametrize(
    ("lines", "width", "pages"),
    [
        (PAGE_LINES, 1, 1),
        (PAGE_LINES + 1, 1, 2),
        (5 * PAGE_LINES, 1, 5),
        (400, 900, -(-400 * 901 // PAGE_CHARS)),  # many long lines: the character budget rules
    ],
)
def test_pages_respect_both_budgets(lines: int, width: int, pages: int) -> None:
    source = "\n".join(f"{i:0{width}d}"[-width:] for i in range(lines))
    first = source_page(source)
    assert first.pages == pages
    for number in range(1, first.pages + 1):
        view = source_page(source, number)
        assert len(view.text.split("\n")) <= PAGE_LINES
        assert len(view.text) <= PAGE_CHARS + PAGE_LINES * 8


def test_later_pages_carry_the_files_own_line_numbers() -> None:
    source = "\n".join(f"line {i}" for i in range(1, 2 * PAGE_LINES + 2))
    view = source_page(source, 2)
    assert view.numbered
    assert view.first_line == PAGE_LINES + 1
    assert view.text.split("\n")[0].split() == [str(PAGE_LINES + 1), "line", str(PAGE_LINES + 1)]
    assert view.note() == (
        f"Lines {PAGE_LINES + 1:,}-{2 * PAGE_LINES:,} of {2 * PAGE_LINES + 1:,} (page 2 of 3)."
    )
    assert source_page(source, 99).page == 3  # a page past the end is the last one


def test_long_rendered_text_is_cut_before_it_is_made_safe() -> None:
    text = "y" * (MAX_SHOWN_CHARS - 3) + "![x](http://h/x.png)"
    shown = safe_markdown(text)
    assert "![" not in shown and "http://h" not in shown
    assert shown.endswith("more characters not shown)")
    assert len(literal_markdown("z" * 10 * MAX_SHOWN_CHARS)) < MAX_SHOWN_CHARS + 60
    assert cut_text("short") == "short"


@pytest.mark.parametrize(
    ("total", "page", "size", "span"),
    [
        (0, 1, 10, (0, 0, 1, 1)),
        (10, 1, 10, (0, 10, 1, 1)),
        (11, 2, 10, (10, 11, 2, 2)),
        (25, 9, 10, (20, 25, 3, 3)),  # past the end: the last page
        (25, 0, 10, (0, 10, 1, 3)),
    ],
)
def test_window(total: int, page: int, size: int, span: tuple[int, int, int, int]) -> None:
    got = window(total, page, size)
    assert (got.start, got.end, got.page, got.pages) == span
    assert (got.note("rows") is None) == (span[3] == 1)


def test_window_note() -> None:
    assert window(25, 2, 10).note("rows") == (
        "Showing rows 11-20 of 25 (page 2 of 3); pick another page to see the rest."
    )


def _sections(sizes: list[int]) -> list[ReaderSection]:
    line = iter(range(1, 10_000))
    return [
        ReaderSection(f"S{i}", tuple(ReaderBlock(f"b{i}", next(line)) for _ in range(n)))
        for i, n in enumerate(sizes)
    ]


def test_reader_page_keeps_headings_and_finds_the_linked_line() -> None:
    sections = _sections([READER_BLOCKS - 1, 3, READER_BLOCKS])
    first = reader_page(sections)
    assert first.window.pages == 3
    assert [len(s.blocks) for s in first.sections] == [READER_BLOCKS - 1, 1]
    second = reader_page(sections, 2)
    assert [s.heading for s in second.sections] == ["S1", "S2"]  # S1 continues under its heading
    assert sum(len(s.blocks) for s in second.sections) == READER_BLOCKS
    linked = reader_page(sections, line=2 * READER_BLOCKS + 2)
    assert linked.window.page == 3
    assert reader_page(_sections([2, 0, 1])).window.pages == 1
    assert len(reader_page(_sections([2, 0, 1])).sections) == 3  # a heading with no blocks too


@pytest.mark.parametrize(("subjects", "shown"), [(1, 120), (3, 40), (60, 3), (500, 3)])
def test_points_shown_share_the_grid_budget(subjects: int, shown: int) -> None:
    assert points_shown(subjects) == shown


def test_more_points_note() -> None:
    assert more_points_note(3, 3) is None
    assert more_points_note(1_083, 3) == (
        "1,080 more points not shown here: the Article page has them all."
    )
