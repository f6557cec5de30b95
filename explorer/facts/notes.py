"""How a fact is worded next to a claim: one plain line, or Markdown with linked sources.

One wording for every place a note appears (Compare, Article, Explore's export, the chooser's
evidence), so a reader sees the same status, timing and sources everywhere.
"""

from __future__ import annotations

import re

from explorer.facts.dates import date_period
from explorer.facts.schema import STATUS_LABELS, Fact, Source


def timing(fact: Fact, article_date: str | None) -> str:
    """``" (changed 2020-06-17, before this article was written)"`` and the like; "" if undated."""
    if not fact.as_of:
        return ""
    when = f"changed {fact.as_of}"
    if article_date:
        try:
            written = date_period(article_date)[0]
        except ValueError:
            written = None
        if written is not None:
            start, end = date_period(fact.as_of)
            if end < written:
                when += ", before this article was written"
            elif start > written:
                when += ", after this article was written"
    return f" ({when})"


def _source_text(source: Source) -> str:
    return f"{source.title} ({source.date})" if source.date else f"{source.title} (undated)"


def note_text(fact: Fact, *, article_date: str | None = None) -> str:
    """The note as one line of plain text: status, timing, correction, dated sources, check day.

    ``Outdated (changed 2020-06-17, before this article was written): Multi-backend Keras ...
    Sources: Keras README at tag 2.4.0 (2020-06-17); ... Checked 2026-11-25.``
    """
    sources = "; ".join(_source_text(s) for s in fact.sources)
    label = STATUS_LABELS[fact.status]
    return (
        f"{label}{timing(fact, article_date)}: {fact.correction} "
        f"Sources: {sources}. Checked {fact.checked}."
    )


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def note_markdown(fact: Fact, *, article_date: str | None = None) -> str:
    """The same note as Markdown, each source a link, for ``st.markdown`` / ``st.caption``."""
    sources = "; ".join(
        f"[{_md_escape(s.title)}]({s.url})" + (f" ({s.date})" if s.date else "")
        for s in fact.sources
    )
    label = STATUS_LABELS[fact.status]
    return (
        f"**{label}**{_md_escape(timing(fact, article_date))}: {_md_escape(fact.correction)} "
        f"Sources: {sources}. Checked {fact.checked}."
    )
