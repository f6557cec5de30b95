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
from explorer.facts import EXPORT_COLUMNS as CORRECTION_EXPORT_COLUMNS
from explorer.facts import STATUSES, Fact, annotate_frame, with_export_columns
from explorer.model import Article, claims_frame
from explorer.views.markdown import inert_markdown, reveal_invisible
from explorer.wording import counted

SEARCHED_COLUMNS = ("subject", "attribute", "text", "correction", "correction_status")
"""Searched together, so "LiteRT" or "outdated" finds the claims a correction is about."""
EXPORT_COLUMNS = ("article", "subject", "attribute", "kind", "text", "line")

ANY_CORRECTION = "any"
CORRECTED_CHOICES = ("", ANY_CORRECTION, *STATUSES)
"""The ``corrected`` filter: "" every claim, ``any`` a claim with any correction, or one status
(the Compare and Article pages link to ``?articles=ID&corrected=STATUS``)."""

SORTS: Mapping[str, str] = {
    "": "Article order",
    "subject": "Subject",
    "attribute": "Attribute",
    "article": "Article",
    "correction_status": "Correction status",
}
"""The ``sort`` choices. A column header sorts only the screen (the browser never tells the
server), so the order an export keeps is this one, applied before the table is drawn."""


@dataclass(frozen=True)
class Filters:
    """What the reader asked for; an empty selection means "no filter" on that column."""

    articles: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    attributes: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    query: str = ""
    corrected: str = ""
    """One of :data:`CORRECTED_CHOICES`; "" is no filter."""


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
    """Rows whose subject, attribute, text or correction contain every term, ignoring case."""
    mask = pd.Series(True, index=frame.index)
    if frame.empty:
        return mask
    columns = [c for c in SEARCHED_COLUMNS if c in frame]
    haystack = frame[columns].fillna("").astype(str).agg(" \u241f ".join, axis=1).str.lower()
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
    if filters.corrected and "correction_status" in frame:
        mask &= corrected_mask(frame, filters.corrected)
    if filters.query.strip():
        mask &= search_mask(frame, filters.query)
    return frame[mask]


def corrected_mask(frame: pd.DataFrame, corrected: str) -> pd.Series:
    """Rows with a correction (``any``) or with one of the given status."""
    statuses = frame["correction_status"].fillna("").astype(str)
    if corrected == ANY_CORRECTION:
        return statuses != ""
    return statuses.map(lambda cell: corrected in {s.strip() for s in cell.split(",")})


def sort_frame(frame: pd.DataFrame, by: str) -> pd.DataFrame:
    """``frame`` in the order :data:`SORTS` names (stable, ignoring case); "" keeps it."""
    if not by or by not in frame:
        return frame
    return frame.sort_values(by, key=lambda c: c.fillna("").astype(str).str.lower(), kind="stable")


def export_frame(
    frame: pd.DataFrame,
    facts: Iterable[Fact] = (),
    need_labels: Mapping[str, str] | None = None,
    article_dates: Mapping[str, str | None] | None = None,
) -> pd.DataFrame:
    """The rows as exported, in their order: needs as labels, and each correction as status,
    text, as-of and source URLs in their own columns (:func:`with_export_columns`)."""
    out = with_need_labels(frame.drop(columns=["correction"], errors="ignore"), need_labels or {})
    return with_export_columns(out, facts, article_dates=article_dates)


def with_need_labels(frame: pd.DataFrame, need_labels: Mapping[str, str]) -> pd.DataFrame:
    """A copy with the ``needs`` ids as the labels a reader sees ("Production and deployment")."""
    out = frame.copy()
    if need_labels and NEEDS_COLUMN in out:
        out[NEEDS_COLUMN] = [
            ", ".join(need_labels.get(n, n) for n in split_needs(cell))
            for cell in out[NEEDS_COLUMN]
        ]
    return out


def _plain(value: object) -> str:
    """One export cell: whitespace folded; bidi and invisible characters shown, so a pasted
    claim cannot read reversed or hide a difference."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return reveal_invisible(" ".join(str(value).split()))


def export_columns(frame: pd.DataFrame) -> list[str]:
    extra = [c for c in ("needs", "correction", *CORRECTION_EXPORT_COLUMNS) if c in frame]
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


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """:func:`to_csv` as UTF-8 with a byte-order mark, so spreadsheet apps read the accents."""
    return to_csv(frame).encode("utf-8-sig")


_PIPE = re.compile(r"\|")


_WRITTEN_OUT = re.compile(r"^\s*(```|~~~|\$\$|\\\[)", re.MULTILINE)
"""A fenced code block or display maths: folded into a table cell it would no longer read."""


def to_markdown(frame: pd.DataFrame, *, title: str = "Claims") -> str:
    """The rows as a Markdown table an instructor can paste into notes or slides.

    Cells and title keep their Markdown but load nothing (:func:`inert_markdown`): the notes
    app that renders the table would otherwise fetch an image an article or a search put in.
    A claim holding a code block or display maths is written out below the table as the
    article has it (a table cell has no line breaks); its cell points there.
    """
    columns = export_columns(frame)
    lines = [f"# {inert_markdown(_plain(title))}", "", f"{counted(len(frame), 'claim')}.", ""]
    lines.append("| " + " | ".join(c.replace("_", " ").capitalize() for c in columns) + " |")
    lines.append("|" + "|".join("---" for _ in columns) + "|")
    written: list[str] = []
    for number, row in enumerate(frame[columns].to_dict("records"), start=1):
        text = str(row.get("text") or "")
        if _WRITTEN_OUT.search(text):
            where = " · ".join(p for c in ("subject", "attribute") if (p := _plain(row.get(c))))
            written += [
                f"## {number}. {inert_markdown(where) or 'Claim'}",
                "",
                inert_markdown(text),
                "",
            ]
            row["text"] = f"(claim {number}, written out below)"
        cells = [_PIPE.sub(r"\\|", inert_markdown(_plain(row[c]))) for c in columns]
        lines.append("| " + " | ".join(cells) + " |")
    if written:
        lines += ["", "# Claims with code or maths, as written", "", *written]
    return "\n".join(lines).rstrip("\n") + "\n"


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
