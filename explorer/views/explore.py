"""The Explore view: every claim of every article, filtered, searched and exported.

Filters and search work on the tidy frame from :func:`explorer.model.claims_frame`. Exports
are plain text (CSV and a Markdown table) that survive copy and paste: no glyphs, no line
breaks inside cells, pipes escaped. Both are opened elsewhere (a spreadsheet, a notes app), so
neither may carry anything that acts there: no spreadsheet formulas, no Markdown images.
"""

from __future__ import annotations

import csv
import io
import re
import shlex
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from explorer.choosing import Tagger, add_needs_column
from explorer.choosing.tagging import NEEDS_COLUMN, split_needs
from explorer.facts import Fact, annotate_frame
from explorer.model import Article, claims_frame
from explorer.views.markdown import inert_markdown, reveal_invisible

SEARCHED_COLUMNS = ("subject", "attribute", "text")
EXPORT_COLUMNS = ("article", "subject", "attribute", "kind", "text", "line")


@dataclass(frozen=True)
class Filters:
    """What the reader asked for; an empty selection means "no filter" on that column."""

    articles: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    attributes: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    query: str = ""


def explore_table(
    articles: Sequence[Article], tagger: Tagger | None = None, facts: Iterable[Fact] = ()
) -> pd.DataFrame:
    """Every claim of ``articles``, one row each (see :func:`claims_frame`), with the needs it
    supports (when there is a ``tagger``; a broken needs file leaves the column out) and the
    corrections that apply to it, dated against each article's own date."""
    frame = claims_frame(articles)
    if tagger is not None:
        frame = add_needs_column(frame, tagger)
    return annotate_frame(frame, facts, article_dates={a.id: a.date for a in articles})


@dataclass(frozen=True)
class Choices:
    """What Explore's filters offer, read from the table so they never offer an empty filter."""

    subjects: tuple[str, ...]
    attributes: tuple[str, ...]
    needs: tuple[str, ...]
    """Need ids some claim supports, in vocabulary order."""


def filter_choices(frame: pd.DataFrame, need_order: Sequence[str] = ()) -> Choices:
    """Subjects and attributes A-Z (ignoring case); needs in ``need_order``, the vocabulary's."""
    tagged = set(need_options(frame))
    return Choices(
        subjects=tuple(sorted(options(frame, "subject"), key=str.lower)),
        attributes=tuple(sorted(options(frame, "attribute"), key=str.lower)),
        needs=tuple(n for n in need_order if n in tagged),
    )


def search_terms(query: str) -> list[str]:
    """Words of a search, with "quoted phrases" kept whole; unbalanced quotes are tolerated."""
    query = query.strip()
    if not query:
        return []
    try:
        terms = shlex.split(query)
    except ValueError:  # an unclosed quote
        terms = query.replace('"', " ").split()
    return [t for t in terms if t.strip()]


def search_mask(frame: pd.DataFrame, query: str) -> pd.Series:
    """Rows whose subject, attribute or text contain every term, ignoring case."""
    mask = pd.Series(True, index=frame.index)
    if frame.empty:
        return mask
    haystack = (
        frame[list(SEARCHED_COLUMNS)]
        .fillna("")
        .astype(str)
        .agg(" \u241f ".join, axis=1)
        .str.lower()
    )
    for term in search_terms(query):
        mask &= haystack.str.contains(term.lower(), regex=False)
    return mask


def options(frame: pd.DataFrame, column: str) -> list[str]:
    """The distinct non-empty values of ``column``, in the order they first appear."""
    if column not in frame:
        return []
    return list(dict.fromkeys(v for v in frame[column].dropna().astype(str) if v))


def need_options(frame: pd.DataFrame) -> list[str]:
    """Distinct need ids in a comma-separated ``needs`` column."""
    if NEEDS_COLUMN not in frame:
        return []
    return list(dict.fromkeys(n for cell in frame[NEEDS_COLUMN] for n in split_needs(cell)))


def apply_filters(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The rows that pass every filter and the search, in their original order."""
    mask = pd.Series(True, index=frame.index)
    for column, chosen in (
        ("article", filters.articles),
        ("subject", filters.subjects),
        ("attribute", filters.attributes),
    ):
        if chosen:
            mask &= frame[column].isin(chosen)
    if filters.needs and "needs" in frame:
        wanted = set(filters.needs)
        mask &= (
            frame["needs"]
            .fillna("")
            .map(lambda cell: bool(wanted & {n.strip() for n in str(cell).split(",")}))
        )
    if filters.query.strip():
        mask &= search_mask(frame, filters.query)
    return frame[mask]


def _plain(value: object) -> str:
    """One export cell: whitespace folded; bidi and invisible characters shown, so a pasted
    claim cannot read reversed or hide a difference."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return reveal_invisible(" ".join(str(value).split()))


def export_columns(frame: pd.DataFrame) -> list[str]:
    extra = [c for c in ("needs", "correction") if c in frame]
    return [c for c in EXPORT_COLUMNS if c in frame] + extra


# OWASP "CSV Injection": a cell starting with one of these is a formula (or DDE call) in
# Excel, LibreOffice and Google Sheets; a leading single quote makes it text, and every cell
# is quoted so a separator inside a cell cannot start a new one.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """A CSV cell that a spreadsheet shows as text rather than running as a formula."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def to_csv(frame: pd.DataFrame) -> str:
    """The rows as CSV (UTF-8 text, one line per claim, whitespace folded, formulas escaped)."""
    columns = export_columns(frame)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(columns)
    for row in frame[columns].itertuples(index=False):
        writer.writerow([spreadsheet_safe(_plain(v)) for v in row])
    return out.getvalue()


_PIPE = re.compile(r"\|")


def to_markdown(frame: pd.DataFrame, *, title: str = "Claims") -> str:
    """The rows as a Markdown table an instructor can paste into notes or slides.

    Cells and title keep their Markdown but load nothing (:func:`inert_markdown`): the notes
    app that renders the table would otherwise fetch an image an article or a search put in.
    """
    columns = export_columns(frame)
    lines = [f"# {inert_markdown(_plain(title))}", "", f"{len(frame)} claim(s).", ""]
    lines.append("| " + " | ".join(c.capitalize() for c in columns) + " |")
    lines.append("|" + "|".join("---" for _ in columns) + "|")
    for row in frame[columns].itertuples(index=False):
        cells = [_PIPE.sub(r"\\|", inert_markdown(_plain(v))) for v in row]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def describe_filters(filters: Filters, article_titles: Mapping[str, str]) -> str:
    """A one-line account of the active filters, for the export's title."""
    parts: list[str] = []
    if filters.articles:
        parts.append("articles: " + ", ".join(article_titles.get(a, a) for a in filters.articles))
    for label, chosen in (
        ("subjects", filters.subjects),
        ("attributes", filters.attributes),
        ("needs", filters.needs),
    ):
        if chosen:
            parts.append(f"{label}: " + ", ".join(chosen))
    if filters.query.strip():
        parts.append(f'search: "{filters.query.strip()}"')
    return "; ".join(parts) if parts else "all claims"
