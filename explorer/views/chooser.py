"""What the Chooser page says about a ranking, as data: headline, ties, sensitivity, evidence.

The ranking itself is :mod:`explorer.choosing.ranking`; this module only words it, so that
the page is a loop over lines and a test can read every sentence without Streamlit. Every
string is Markdown in which article text is literal (:func:`literal_markdown`): a quoted
sentence with a stray ``*`` or ``$`` must not restyle the page.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from explorer.choosing import Ranking, Tagger, rank_subjects
from explorer.choosing.ranking import SubjectScore
from explorer.model import Article
from explorer.views.markdown import literal_markdown

STRENGTH_WORDS = {
    "verdict": "the article's verdict",
    "summary": "the article's summary",
    "supporting": "supporting",
    "caveat": "a caveat, not counted",
}
"""How each strength of evidence is named next to the sentence (see the page's explanation)."""

EXPLANATION = (
    "Say what matters to you; the chooser ranks the article's subjects and shows every "
    'sentence behind each score. A verdict sentence ("best for", "ideal for") counts 3 '
    "points, the article's summary 2, any other sentence 1, a caveat 0; 4 points meet a need "
    "in full."
)


@dataclass(frozen=True)
class Quote:
    """One sentence of evidence and the line saying what it counts for and where it is from."""

    text: str
    caption: str


@dataclass(frozen=True)
class Card:
    """One subject's place: "2 (tie). Keras: 50.0 / 100", its quotes, what the article omits."""

    heading: str
    quotes: tuple[Quote, ...]
    silent: tuple[str, ...]


@dataclass(frozen=True)
class ChooserReport:
    """Everything the page shows for one ranking, in the order it shows it."""

    ranking: Ranking
    """The numbers themselves, for the contribution chart."""
    labels: dict[str, str]
    shares: str
    headline: str | None
    """``**Best fit:** ...`` or ``**Tie for first:** ...``; None when nothing has evidence."""
    sensitivity: str
    silent_needs: tuple[str, ...]
    cards: tuple[Card, ...]


NO_EVIDENCE = "The article gives no evidence for any subject on these needs."


def headline(ranking: Ranking) -> str | None:
    """The answer in one line: the best fit with its score, or the tie, said as a tie."""
    if not ranking.top:
        return None
    if ranking.is_tie:
        return f"**Tie for first:** {literal_markdown(' and '.join(ranking.top))}"
    best = ranking.ranked[0]
    return f"**Best fit:** {literal_markdown(best.subject)} ({best.score:.0f} / 100)"


def shares_line(ranking: Ranking, labels: Mapping[str, str]) -> str:
    """The weights as the ranking used them, normalised to 100 %."""
    shares = ", ".join(f"{labels[n]} {100 * v:.0f} %" for n, v in ranking.shares.items() if v > 0)
    return literal_markdown(f"Weights, normalised to 100 %: {shares}")


def sensitivity_line(ranking: Ranking, labels: Mapping[str, str]) -> str:
    """The smallest single weight change that would change the top answer, or that none would."""
    flip = ranking.flip.describe(labels) if ranking.flip else None
    said = flip + "." if flip else "no single weight change would put another subject first."
    return "**Sensitivity:** " + literal_markdown(said)


def is_tied(ranking: Ranking, scored: SubjectScore) -> bool:
    """Whether another subject shares ``scored``'s rank."""
    return sum(1 for s in ranking.ranked if s.rank == scored.rank) > 1


def card(ranking: Ranking, scored: SubjectScore, labels: Mapping[str, str]) -> Card:
    """One subject's evidence card; needs silent for every subject are said once, not here."""
    tie = " (tie)" if is_tied(ranking, scored) else ""
    heading = (
        f"**{scored.rank}{tie}. {literal_markdown(scored.subject)}**: {scored.score:.1f} / 100"
    )
    quotes = tuple(
        Quote(
            f"“{literal_markdown(ev.text)}”",
            literal_markdown(
                f"{labels[ev.need]} · {STRENGTH_WORDS[ev.strength]} · "
                f"from {ev.source}, line {ev.line} · matched '{ev.phrase}'"
            ),
        )
        for ev in scored.evidence
    )
    silent = tuple(
        literal_markdown(f"The article says nothing about '{labels[need]}' here.")
        for need in scored.silent
        if need not in ranking.silent_needs
    )
    return Card(heading, quotes, silent)


def need_labels(tagger: Tagger) -> dict[str, str]:
    """Need id -> the label a reader sees ("beginner-friendly" -> "Beginner-friendly")."""
    return {n.id: n.label for n in tagger.needs}


def chooser_report(article: Article, weights: Mapping[str, float], tagger: Tagger) -> ChooserReport:
    """Rank ``article``'s subjects for ``weights`` and word the result for the page."""
    ranking = rank_subjects(article, weights, tagger)
    labels = need_labels(tagger)
    return ChooserReport(
        ranking=ranking,
        labels=labels,
        shares=shares_line(ranking, labels),
        headline=headline(ranking),
        sensitivity=sensitivity_line(ranking, labels),
        silent_needs=tuple(
            literal_markdown(f"This article says nothing about '{labels[n]}' for any subject.")
            for n in ranking.silent_needs
        ),
        cards=tuple(card(ranking, s, labels) for s in ranking.ranked),
    )


def verdicts(article: Article) -> tuple[str, ...]:
    """The article's own one-line verdicts, shown before the reader has said what matters."""
    return tuple(
        f"**{literal_markdown(subject)}**: {literal_markdown(summary)}"
        for subject, summary in article.comparison.summary.items()
    )
