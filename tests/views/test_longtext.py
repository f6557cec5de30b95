"""What is shown of long text is cut or paged, with a note; line numbers still match the file."""

from __future__ import annotations

import pytest

from explorer.views.longtext import (
    MAX_LINE_CHARS,
    MAX_SHOWN_CHARS,
    PAGE_CHARS,
    PAGE_LINES,
    cut_text,
    source_page,
)
from explorer.views.markdown import literal_markdown, safe_markdown


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
