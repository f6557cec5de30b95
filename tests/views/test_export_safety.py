"""Exports open safely elsewhere: no spreadsheet formula in the CSV, no image in the Markdown."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from explorer.views.explore import spreadsheet_safe, to_csv, to_markdown


def frame(text: str, subject: str = "X") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article": ["a"],
            "subject": [subject],
            "attribute": ["p"],
            "kind": ["attribute"],
            "text": [text],
            "line": [3],
        }
    )


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ('=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1+1", "'=1+1"),  # whitespace is folded first; what is left still starts a formula
        ("\r\n=1+1", "'=1+1"),
        ("a = b + c", "a = b + c"),
        ("'quoted", "'quoted"),
    ],
)
def test_csv_cells_never_start_a_formula(text: str, cell: str) -> None:
    rows = list(csv.reader(io.StringIO(to_csv(frame(text)))))
    assert rows[1][4] == cell
    assert rows[1][5] == "3"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_spreadsheet_safe(start: str) -> None:
    assert spreadsheet_safe(start + "x") == "'" + start + "x"
    assert spreadsheet_safe("x" + start) == "x" + start


def test_csv_quotes_every_cell() -> None:
    text = to_csv(frame("a, b", subject="@X"))
    assert text.splitlines()[1] == '"a","\'@X","p","attribute","a, b","3"'


def test_markdown_export_loads_nothing() -> None:
    md = to_markdown(
        frame("see ![t](http://tracker.example/p.png) and [x](data:text/html,hi)"),
        title='Claims (search: "![q](http://q.example/q.png)")',
    )
    assert "![" not in md.replace("!\\[", "")
    assert "[image: t]" in md
    assert "[x]\\(data:text/html,hi)" in md
    assert md.splitlines()[0] == '# Claims (search: "[image: q]")'


def test_exports_show_bidi_and_invisible_characters() -> None:
    shown = "\u27e8U+202E\u27e9evil \u27e8U+200B\u27e9x"
    rows = list(csv.reader(io.StringIO(to_csv(frame("\u202eevil \u200bx")))))
    assert rows[1][4] == shown
    assert shown in to_markdown(frame("\u202eevil \u200bx"))


def test_csv_download_is_utf8_with_a_bom_for_spreadsheet_apps() -> None:
    from explorer.views.explore import to_csv_bytes

    data = to_csv_bytes(frame("Café ≠ cafe"))
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == to_csv(frame("Café ≠ cafe"))


def test_markdown_export_keeps_code_blocks_and_display_maths_as_written() -> None:
    code = "Use it:\n\n```python\nmodel.fit(x, y)  # a | b\n```"
    maths = "$$\n|x| \\le 1\n$$"
    md = to_markdown(pd.concat([frame(code), frame(maths, subject="Y")], ignore_index=True))
    assert "```python\nmodel.fit(x, y)  # a | b\n```" in md
    assert "$$\n|x| \\le 1\n$$" in md
    assert "| a | X | p | attribute | (claim 1, written out below) | 3 |" in md.splitlines()


def test_markdown_export_still_escapes_images_in_written_out_claims() -> None:
    md = to_markdown(frame("![t](http://tracker.example/p.png)\n\n```\ncode\n```"))
    assert "![" not in md.replace("!\\[", "")
    assert "```\ncode\n```" in md
