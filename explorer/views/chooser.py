"""What the Chooser page shows for a ranking, as data: the answer first, then the evidence.

The ranking is :func:`explorer.choosing.rank_subjects` and its wording is
:mod:`explorer.choosing.report` (the same words ``explorer choose`` prints); this module only
puts that wording into the Markdown the page draws, so the page is a loop over lines and a
test reads every sentence without Streamlit. Text from an article, a facts file or a URL is
literal (:func:`literal_markdown`): a quoted sentence with a stray ``*`` or ``$`` or an image
must not restyle the page or load anything. The article's own sentences and sourced facts are
kept in separate lists, so a reader always sees whose words they are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from explorer import choosing
from explorer.choosing import (
    HOW_IT_COUNTS,
    Evidence,
    Ranking,
    SubjectScore,
    Tagger,
    correction_text,
    evidence_caption,
    need_labels,
    rank_label,
    ranking_headline,
    sensitivity_text,
    weights_text,
)
from explorer.choosing.fact_evidence import MatrixSubject, matrix_evidence
from explorer.facts import Fact
from explorer.model import Article
from explorer.views.markdown import literal_markdown
from explorer.wording import counted

__all__ = [
    "EXPLANATION",
    "FACTS_ARTICLE_ONLY",
    "FACTS_CHOICES",
    "FACTS_WITH",
    "HOW_IT_COUNTS",
    "NO_EVIDENCE",
    "Card",
    "ChooserReport",
    "Quote",
    "chooser_report",
    "need_labels",
    "verdicts",
]

EXPLANATION = (
    "Say what matters to you; the chooser ranks the article's subjects and shows every "
    "sentence behind each score, and any sourced fact it counted, kept apart from the "
    "article's words."
)
"""The page's one-line lead; the rules themselves are :data:`HOW_IT_COUNTS`."""

NO_EVIDENCE = "The article gives no evidence for any subject on these needs."

FACTS_WITH = "with"
FACTS_ARTICLE_ONLY = "article"
FACTS_CHOICES: Mapping[str, str] = {
    FACTS_WITH: "The article and sourced facts",
    FACTS_ARTICLE_ONLY: "The article alone",
}
"""The ``facts`` URL values: evidence from the facts matrix counted (the default, left out of
the URL) or ``facts=article`` for the ranking from the article's own words only."""

_HEADLINE_WORDS = {"best": "Best fit", "tie": "Tie for first"}


@dataclass(frozen=True)
class Quote:
    """One piece of evidence: the line to show, what it counts for, and its correction.

    ``fact_ids`` names the corrections (``data/facts.yaml``) the page draws under the quote
    with the one correction look; ``correction`` is the same in words, for text-only readers.
    """

    text: str
    caption: str
    correction: str = ""
    fact_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Card:
    """One subject's place: "2 (tie). Keras: 50.0 / 100", its evidence, what the article omits."""

    subject: str
    heading: str
    quotes: tuple[Quote, ...]
    """The article's own sentences."""
    facts: tuple[Quote, ...]
    """Sourced facts from the facts matrix, never mixed with the article's sentences."""
    silent: tuple[str, ...]
    unmet: str
    """"Does not meet the must-have 'X'." or ""."""


@dataclass(frozen=True)
class ChooserReport:
    """Everything the page shows for one ranking, in the order it shows it."""

    ranking: Ranking
    """The numbers themselves, for the contribution chart."""
    labels: dict[str, str]
    shares: str
    headline: str | None
    """``**Best fit:** ...``, ``**Tie for first:** ...`` or the unmet must-haves; None when
    nothing has evidence."""
    reason: str
    """Why subjects without a must-have rank lower ("" when the must-haves change nothing)."""
    sensitivity: str
    silent_needs: tuple[str, ...]
    cards: tuple[Card, ...]
    fact_count: int
    """How many pieces of evidence came from the facts matrix."""

    @property
    def facts_note(self) -> str:
        """What the evidence says of the sourced facts among it ("" when there are none)."""
        if not self.fact_count:
            return ""
        said = counted(self.fact_count, "piece of evidence", "pieces of evidence")
        verb = "is a sourced fact" if self.fact_count == 1 else "are sourced facts"
        return f"{said} {verb}, marked as such."


def _headline(ranking: Ranking, labels: Mapping[str, str]) -> tuple[str | None, str]:
    said = ranking_headline(ranking, labels)
    reason = literal_markdown(said.reason) if said.reason else ""
    if said.kind == "none":
        return None, reason
    word = _HEADLINE_WORDS.get(said.kind)
    if word is None:  # no subject meets every must-have: the whole sentence is the answer
        return f"**{literal_markdown(said.text)}**", reason
    return f"**{word}:** {literal_markdown(said.text.removeprefix(word + ': '))}", reason


def _destination(url: str) -> str:
    return quote(url, safe=":/?#[]@!$&'*+,;=%~-._")


def _article_quote(ev: Evidence, labels: Mapping[str, str]) -> Quote:
    note = ev.correction
    return Quote(
        f"“{literal_markdown(ev.text)}”",
        literal_markdown(evidence_caption(ev, labels)),
        literal_markdown(correction_text(ev)) if note else "",
        (note.fact_id,) if note else (),
    )


def _fact_quote(ev: Evidence, labels: Mapping[str, str]) -> Quote:
    when = f", as of {ev.as_of}" if ev.as_of else ""
    text = f"**Fact{literal_markdown(when)}:** {literal_markdown(ev.text)}"
    if ev.url and ev.url.startswith("https://"):
        text += f" · [source]({_destination(ev.url)})"
    return Quote(text, literal_markdown(evidence_caption(ev, labels)))


def _card(ranking: Ranking, scored: SubjectScore, labels: Mapping[str, str]) -> Card:
    name = literal_markdown(scored.subject)
    heading = f"**{rank_label(ranking, scored)}. {name}**: {scored.score:.1f} / 100"
    unmet = ""
    if scored.missing_must:
        missing = ", ".join(f"'{labels.get(n, n)}'" for n in scored.missing_must)
        unmet = literal_markdown(f"Does not meet the must-have {missing}: no counted evidence.")
    return Card(
        subject=scored.subject,
        heading=heading,
        quotes=tuple(_article_quote(e, labels) for e in scored.evidence if e.kind == "article"),
        facts=tuple(_fact_quote(e, labels) for e in scored.evidence if e.kind == "fact"),
        silent=tuple(
            literal_markdown(f"The article says nothing about '{labels[need]}' here.")
            for need in scored.silent
            if need not in ranking.silent_needs
        ),
        unmet=unmet,
    )


def chooser_report(
    article: Article,
    weights: Mapping[str, float],
    tagger: Tagger,
    *,
    must: Sequence[str] = (),
    facts: Sequence[Fact] = (),
    matrix: Sequence[MatrixSubject] = (),
) -> ChooserReport:
    """Rank ``article``'s subjects for ``weights`` and word the result for the page.

    ``must`` are requirements, ``facts`` the corrections (an outdated sentence counts less and
    carries its correction), ``matrix`` the facts matrix (its cells count as evidence of kind
    "fact"; pass nothing for the ranking from the article alone).
    """
    extra = matrix_evidence(matrix, article.comparison.subjects, tagger) if matrix else []
    ranking = choosing.rank_subjects(article, weights, tagger, must=must, facts=facts, extra=extra)
    labels = need_labels(tagger)
    headline, reason = _headline(ranking, labels)
    return ChooserReport(
        ranking=ranking,
        labels=labels,
        shares=literal_markdown(f"Weights, normalised to 100 %: {weights_text(ranking, labels)}"),
        headline=headline,
        reason=reason,
        sensitivity="**Sensitivity:** " + literal_markdown(sensitivity_text(ranking, labels)),
        silent_needs=tuple(
            literal_markdown(f"This article says nothing about '{labels[n]}' for any subject.")
            for n in ranking.silent_needs
        ),
        cards=tuple(_card(ranking, s, labels) for s in ranking.ranked),
        fact_count=sum(1 for s in ranking.ranked for e in s.evidence if e.kind == "fact"),
    )


def verdicts(article: Article) -> tuple[str, ...]:
    """The article's own one-line verdicts, shown before the reader has said what matters."""
    return tuple(
        f"**{literal_markdown(subject)}**: {literal_markdown(summary)}"
        for subject, summary in article.comparison.summary.items()
    )
