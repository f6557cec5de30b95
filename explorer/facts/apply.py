"""Which facts apply to which claims: per claim, per article, and as columns of the claims frame.

Articles are snapshots and are never edited; a fact is shown next to every claim it matches,
the way caniuse and MDN browser-compat-data attach notes and dates to a cell rather than
rewriting the cell.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from explorer.facts.dates import latest
from explorer.facts.notes import note_text
from explorer.facts.schema import Fact
from explorer.model import Article, Claim, all_claims


def corrections_for(article: Article | str, claim: Claim, facts: Iterable[Fact]) -> list[Fact]:
    """The facts about ``claim`` of ``article`` (an Article or its id), in file order."""
    article_id = article if isinstance(article, str) else article.id
    return [f for f in facts if f.applies_to(article_id, claim.subject, claim.text)]


def annotate_article(article: Article, facts: Iterable[Fact]) -> dict[Claim, tuple[Fact, ...]]:
    """Claim -> its facts, for the claims of ``article`` that have any (look up with ``.get``)."""
    facts = tuple(facts)
    notes: dict[Claim, tuple[Fact, ...]] = {}
    for claim in all_claims(article):
        found = corrections_for(article, claim, facts)
        if found:
            notes[claim] = tuple(found)
    return notes


CORRECTION_COLUMNS = ("correction", "correction_status", "correction_date", "correction_ids")


def annotate_frame(
    frame: pd.DataFrame,
    facts: Iterable[Fact],
    *,
    article_dates: Mapping[str, str | None] | None = None,
) -> pd.DataFrame:
    """A copy of a :func:`claims_frame` with the correction columns added (plain text).

    * ``correction``: :func:`note_text` of each matching fact, one per line ("" if none);
    * ``correction_status``: the statuses, comma-separated ("outdated", "clarified, outdated");
    * ``correction_date``: the newest date any of the sources carries;
    * ``correction_ids``: the fact ids, comma-separated, to look the facts up again.

    ``article_dates`` (article id -> article date) lets a note say the change came before the
    article was written.
    """
    dates = article_dates or {}
    rows = []
    for article_id, found in zip(frame["article"], facts_by_row(frame, facts), strict=True):
        when = dates.get(str(article_id))
        rows.append(
            (
                "\n".join(note_text(f, article_date=when) for f in found),
                ", ".join(dict.fromkeys(f.status for f in found)),
                latest(d for f in found if (d := f.latest_source_date)) or "",
                ", ".join(f.id for f in found),
            )
        )
    return with_columns(frame, CORRECTION_COLUMNS, rows)


def facts_by_row(frame: pd.DataFrame, facts: Iterable[Fact]) -> list[list[Fact]]:
    """The facts that apply to each row of a claims frame (``article``, ``subject``, ``text``)."""
    facts = tuple(facts)
    return [
        [f for f in facts if f.applies_to(str(a), s if isinstance(s, str) else None, str(text))]
        for a, s, text in zip(frame["article"], frame["subject"], frame["text"], strict=True)
    ]


def with_columns(frame: pd.DataFrame, columns: Sequence[str], rows: list[Any]) -> pd.DataFrame:
    """A copy of ``frame`` with ``columns`` filled from ``rows`` (tuples, or dicts by column),
    one per row of the frame; index and order are kept, so a sort on screen survives."""
    out = frame.copy()
    extra = pd.DataFrame.from_records(rows, columns=list(columns), index=frame.index)
    for column in columns:
        out[column] = extra[column]
    return out
