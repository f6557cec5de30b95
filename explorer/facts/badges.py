"""One look for a correction wherever a claim appears: a badge, one sentence, dated sources.

Readers judged the old notes by their wording, and the wording differed from page to page
("Outdated (changed 2024-09-04, before ...)" on one, a bare "Outdated:" on another) while a
1,200-character caption buried what is true now. Every page therefore draws the same
:class:`CorrectionBadge`: the status in words and colour, ONE plain sentence of what is true
now, and the sources with their dates behind a details toggle. The exports get the same facts
as columns (:func:`export_columns`), so a spreadsheet says what the screen says.

Nothing here is Markdown: the Streamlit renderer (``ui.corrections``) escapes every string.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from explorer.facts.apply import facts_by_row, with_columns
from explorer.facts.notes import timing
from explorer.facts.schema import STATUS_LABELS, Fact

BadgeSource = tuple[str, str, str | None]
"""A source as (title, https URL, the date the source carries or ``None`` if undated)."""

STATUS_LOOKS: Mapping[str, tuple[str, str]] = {
    "outdated": ("orange", ":material/history:"),
    "corrected": ("red", ":material/error:"),
    "clarified": ("blue", ":material/info:"),
    "confirmed": ("green", ":material/check_circle:"),
}
"""Status -> (Streamlit badge colour, Material icon). Named colours, not RGB values, because
Streamlit picks each name's shade per theme, so the badge reads in light and in dark; the icon
and the word carry the meaning for readers who cannot tell orange from red."""

# A sentence ends at . ! or ? followed by space and a capital, digit or opening quote, or a
# code name written in lower case ("np.linalg.solve raises ..."); not after the abbreviations
# corrections use ("e.g. Spark"). ".tflite" and "2.19" never split: no space follows the dot.
_SENTENCE_END = re.compile(
    r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<!\bvs\.)(?<=[.!?])\s+"
    r"(?=[\"'(A-Z0-9]|[a-z]\w*[._]\w)"
)


def first_sentence(text: str) -> tuple[str, str]:
    """``text`` split into its first sentence and the rest ("" when it is one sentence)."""
    flat = " ".join(text.split())
    parts = _SENTENCE_END.split(flat, maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


def _month(day: str) -> str:
    """``2024-09-04`` -> ``2024-09``: a badge names the month; the day is in the details."""
    return day[:7]


def status_label(fact: Fact) -> str:
    """``"Outdated since 2024-09"``, ``"Clarified"``, ``"Still true as of 2026-11"``."""
    if fact.status == "confirmed":
        return f"Still true as of {_month(fact.checked)}"
    label = STATUS_LABELS[fact.status]
    if fact.status == "outdated" and fact.as_of:
        return f"{label} since {_month(fact.as_of)}"
    return label


@dataclass(frozen=True)
class CorrectionBadge:
    """What every page shows for one fact next to one claim (see the module docstring)."""

    fact_id: str
    status: str
    label: str
    """The badge's words: ``"Outdated since 2024-09"``."""
    colour: str
    """A Streamlit badge colour name (``st.badge(color=...)``, ``:orange-badge[...]``)."""
    icon: str
    sentence: str
    """What is true now, in one plain sentence: the first sentence of the correction."""
    more: str
    """The rest of the correction, shown behind the details toggle ("" if none): nothing lost."""
    as_of: str | None
    """When the change happened (for confirmed facts: the day the claim was checked)."""
    when: str
    """``"changed 2024-09-04, before this article was written"``; "" if undated."""
    sources: tuple[BadgeSource, ...]
    checked: str

    @property
    def badge_markdown(self) -> str:
        """``:orange-badge[:material/history: Outdated since 2024-09]`` for Markdown strings.

        Safe to embed: the label is a fixed word plus a validated date, never outside text.
        """
        return f":{self.colour}-badge[{self.icon} {self.label}]"

    @property
    def correction(self) -> str:
        """The whole correction text, as the facts file has it."""
        return f"{self.sentence} {self.more}".strip()

    def text(self) -> str:
        """The plain-text form for exports and terminals: label, correction, dated sources.

        ``Outdated since 2024-09 (changed 2024-09-04, before this article was written):
        The project was renamed ... Sources: Release notes (2024-09-04) https://...; ...
        Checked 2026-12-01.``
        """
        when = f" ({self.when})" if self.when else ""
        sources = "; ".join(
            f"{title} ({date or 'undated'}) {url}" for title, url, date in self.sources
        )
        return f"{self.label}{when}: {self.correction} Sources: {sources}. Checked {self.checked}."


def correction_badge(fact: Fact, article_date: str | None = None) -> CorrectionBadge:
    """The badge for ``fact`` next to a claim of an article written on ``article_date``."""
    colour, icon = STATUS_LOOKS[fact.status]
    sentence, more = first_sentence(fact.correction)
    as_of = fact.checked if fact.status == "confirmed" else fact.as_of
    return CorrectionBadge(
        fact_id=fact.id,
        status=fact.status,
        label=status_label(fact),
        colour=colour,
        icon=icon,
        sentence=sentence,
        more=more,
        as_of=as_of,
        when=timing(fact, article_date).strip().removeprefix("(").removesuffix(")"),
        sources=tuple((s.title, s.url, s.date) for s in fact.sources),
        checked=fact.checked,
    )


def correction_badges(
    facts: Iterable[Fact], article_date: str | None = None
) -> tuple[CorrectionBadge, ...]:
    """One badge per fact, in the order given (file order, as ``corrections_for`` returns)."""
    return tuple(correction_badge(f, article_date) for f in facts)


EXPORT_COLUMNS = ("correction_status", "correction_text", "correction_as_of", "correction_sources")
"""The correction columns of a claim in an export, one row per claim."""

EXPORT_SEPARATOR = " | "
"""Between the values of two facts on one claim. Status, text and as-of use it alike, so the
n-th status, text and date belong to the same fact; "|" never occurs in a status or date."""


def export_columns(facts: Sequence[Fact], article_date: str | None = None) -> dict[str, str]:
    """The export columns for one claim and the facts about it ("" each when there are none).

    * ``correction_status``: each fact's status, in order (``"outdated | clarified"``);
    * ``correction_text``: each fact's whole correction, in the same order;
    * ``correction_as_of``: each fact's date (:attr:`CorrectionBadge.as_of`, "" if undated);
    * ``correction_sources``: every source URL once, joined by a space.
    """
    badges = correction_badges(facts, article_date)
    urls = dict.fromkeys(url for b in badges for _title, url, _date in b.sources)
    return {
        "correction_status": EXPORT_SEPARATOR.join(b.status for b in badges),
        "correction_text": EXPORT_SEPARATOR.join(b.correction for b in badges),
        "correction_as_of": EXPORT_SEPARATOR.join(b.as_of or "" for b in badges),
        "correction_sources": " ".join(urls),
    }


def with_export_columns(
    frame: pd.DataFrame,
    facts: Iterable[Fact],
    *,
    article_dates: Mapping[str, str | None] | None = None,
) -> pd.DataFrame:
    """A copy of a claims frame (``article``, ``subject``, ``text``) plus :data:`EXPORT_COLUMNS`.

    Row order and index are kept, so the on-screen sort survives into the file.
    """
    dates = article_dates or {}
    rows = [
        export_columns(found, dates.get(str(article_id)))
        for article_id, found in zip(frame["article"], facts_by_row(frame, facts), strict=True)
    ]
    return with_columns(frame, EXPORT_COLUMNS, rows)
