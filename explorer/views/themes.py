"""Themes: a second way to line up an article, when its own attributes do not line up.

Many articles give each subject its own attribute labels ("High-Level API" for one, "Ease of
Use" for another), so the attribute grid is a diagonal of "not covered". Themes line the
subjects up on the needs vocabulary instead (``data/needs.yaml``, the chooser's), so the rows
here, the tags on Explore and the chooser's evidence are the same words matched the same way:
the sentences come from :class:`~explorer.choosing.tagging.Tagger`, not from a second tagger.

A cell holds the subject's own sentences that speak to the theme, each with its source line and
strength; a cell with none says so out loud. A sentence filed under one subject but about
another (see :mod:`explorer.views.mentions`) is set aside, never counted for either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from explorer.choosing.ranking import FULL_SUPPORT
from explorer.choosing.tagging import STRENGTH_POINTS, Evidence, Strength, Tagger, load_tagger
from explorer.model import Article, Claim
from explorer.views import View
from explorer.views.compare import compare
from explorer.views.mentions import mentions_for

VIEW_LABELS: dict[View, str] = {"attribute": "Article's attributes", "theme": "Themes"}
"""How the Compare page's switch names the two views."""

LINE_UP_SHARE = 0.5
"""The attribute grid "lines up" when at least this share of its cells is covered."""

STRENGTH_ORDER: tuple[Strength, ...] = ("verdict", "summary", "supporting", "caveat")
"""Strongest first: a cell's strength is the strongest of its sentences."""
STRENGTH_WORDS: dict[Strength, str] = {
    "verdict": "the article's verdict",
    "summary": "the article's summary",
    "supporting": "a mention",
    "caveat": "a caveat (a weakness, not counted in its favour)",
}
"""A quote's strength in words, for readers: status never rests on colour alone."""


@dataclass(frozen=True)
class Quote:
    """One of the subject's own sentences that speaks to a theme, as the article has it."""

    text: str
    line: int
    strength: Strength
    phrase: str
    """The words that show the theme ("ease of use")."""
    source: str
    """The attribute it was filed under, or "summary"."""
    claim: Claim | None = None
    """The claim the sentence is part of, for the corrections (facts) shown next to it."""


@dataclass(frozen=True)
class ThemeCell:
    """One subject's sentences for one theme; ``says_nothing`` is the marker when there are none."""

    subject: str
    quotes: tuple[Quote, ...]
    says_nothing: str | None
    """"The article says nothing about THEME for SUBJECT." when ``quotes`` is empty."""

    @property
    def covered(self) -> bool:
        return bool(self.quotes)

    @property
    def strength(self) -> Strength | None:
        """The strongest sentence's strength; ``None`` when the article is silent."""
        found = {q.strength for q in self.quotes}
        return next((s for s in STRENGTH_ORDER if s in found), None)

    @property
    def points(self) -> float:
        """The chooser's points for these sentences (caveats count 0)."""
        return sum(STRENGTH_POINTS[q.strength] for q in self.quotes)

    @property
    def support(self) -> float:
        """0..1: how fully the article backs the subject here, the chooser's fit for the need."""
        return min(self.points, FULL_SUPPORT) / FULL_SUPPORT


@dataclass(frozen=True)
class ThemeRow:
    """One theme (a need of the vocabulary) across the chosen subjects."""

    theme: str
    """The need id (``ease-of-use``)."""
    label: str
    description: str
    cells: tuple[ThemeCell, ...]
    """One per chosen subject, in the subjects' order."""

    def cell(self, subject: str) -> ThemeCell:
        return next(c for c in self.cells if c.subject == subject)

    @property
    def differs(self) -> bool:
        """Whether the subjects stand differently on this theme, at a glance.

        Each subject's sentences are its own words, so wording always differs; what a reader
        compares across a row is the status (a verdict, a mention, a caveat, silence).
        """
        return len({c.strength for c in self.cells}) > 1


@dataclass(frozen=True)
class SetAside:
    """A sentence filed under ``filed_under`` whose topic is ``about``: counted for neither."""

    filed_under: str
    about: str
    text: str
    line: int


@dataclass(frozen=True)
class ThemeGrid:
    """The themes grid of some of an article's subjects: rows in display order."""

    article_id: str
    subjects: tuple[str, ...]
    rows: tuple[ThemeRow, ...]
    """Themes at least one chosen subject speaks to, in vocabulary order."""
    silent_themes: tuple[str, ...] = ()
    """Labels of the themes no chosen subject speaks to (named once, not as rows of blanks)."""
    set_aside: tuple[SetAside, ...] = ()

    def visible(self, *, only_differing: bool = False) -> tuple[ThemeRow, ...]:
        return tuple(r for r in self.rows if not only_differing or r.differs)

    @property
    def filled(self) -> float:
        """The share of cells with at least one sentence (0 when there are no cells)."""
        cells = [c for r in self.rows for c in r.cells]
        return sum(c.covered for c in cells) / len(cells) if cells else 0.0

    def frame(self, *, only_differing: bool = False) -> pd.DataFrame:
        """The grid as plain text (sentences with their lines), for ``st.dataframe`` and copying."""
        rows = self.visible(only_differing=only_differing)
        data = {s: [_cell_text(r.cell(s)) for r in rows] for s in self.subjects}
        return pd.DataFrame(data, index=pd.Index([r.label for r in rows], name="Theme"))

    def strength(self) -> pd.DataFrame:
        """Support in % per (theme, subject), the chooser's scale: the strength chart's data."""
        return pd.DataFrame(
            [[round(100 * c.support) for c in r.cells] for r in self.rows],
            index=pd.Index([r.label for r in self.rows], name="Theme"),
            columns=pd.Index(list(self.subjects), name="Subject"),
        )


def says_nothing(label: str, subject: str) -> str:
    """The words of an empty cell: silence is said out loud, never left as a blank to misread."""
    return f"The article says nothing about {label} for {subject}."


def themes_grid(
    article: Article, subjects: Sequence[str] | None = None, tagger: Tagger | None = None
) -> ThemeGrid:
    """The themes grid for ``subjects`` (default: all of the article's, in article order).

    Unknown names in ``subjects`` are ignored, as in :func:`explorer.views.compare.compare`.
    """
    tagger = tagger or load_tagger()
    comp = article.comparison
    chosen = tuple(s for s in comp.subjects if subjects is None or s in set(subjects))
    mentions = mentions_for(comp.subjects)
    kept: list[Evidence] = []
    aside: dict[tuple[str, int, str], SetAside] = {}
    whose: dict[tuple[str, str], str | None] = {}  # a sentence has one tag per need it speaks to
    for e in tagger.article_evidence(article):
        if e.subject not in chosen:
            continue
        if (e.text, e.subject) not in whose:
            whose[e.text, e.subject] = mentions.about_other(e.text, e.subject)
        other = whose[e.text, e.subject]
        if other is None:
            kept.append(e)
        else:
            aside.setdefault(
                (e.subject, e.line, e.text), SetAside(e.subject, other, e.text, e.line)
            )
    claims = _claims_by_place(article)
    rows, silent = [], []
    for need in tagger.needs:
        found = [e for e in kept if e.need == need.id]
        cells = tuple(_cell(need.label, s, found, claims) for s in chosen)
        if any(c.covered for c in cells):
            rows.append(ThemeRow(need.id, need.label, need.description, cells))
        else:
            silent.append(need.label)
    return ThemeGrid(article.id, chosen, tuple(rows), tuple(silent), tuple(aside.values()))


def _cell(
    label: str,
    subject: str,
    evidence: Sequence[Evidence],
    claims: dict[tuple[str, int], list[Claim]],
) -> ThemeCell:
    quotes = tuple(
        Quote(e.text, e.line, e.strength, e.phrase, e.source, _claim_of(e, claims))
        for e in evidence
        if e.subject == subject
    )
    return ThemeCell(subject, quotes, None if quotes else says_nothing(label, subject))


def _claims_by_place(article: Article) -> dict[tuple[str, int], list[Claim]]:
    comp = article.comparison
    found: dict[tuple[str, int], list[Claim]] = {}
    for claim in (*comp.summary_claims, *comp.claims):
        if claim.subject is not None:
            found.setdefault((claim.subject, claim.line), []).append(claim)
    return found


def _claim_of(evidence: Evidence, claims: dict[tuple[str, int], list[Claim]]) -> Claim | None:
    """The claim a tagged sentence came from: same subject and line, and holding the sentence."""
    here = claims.get((evidence.subject, evidence.line), [])
    return next((c for c in here if evidence.text in " ".join(c.text.split())), None)


def _cell_text(cell: ThemeCell) -> str:
    if not cell.quotes:
        return cell.says_nothing or ""
    return "\n\n".join(f"{q.text} (line {q.line})" for q in cell.quotes)


def default_view(
    article: Article, subjects: Sequence[str] | None = None, tagger: Tagger | None = None
) -> View:
    """Themes when the attribute grid is mostly empty, attributes when they line up.

    "Mostly empty" is measured, not guessed: the share of covered attribute cells is below
    :data:`LINE_UP_SHARE` and the themes grid fills more of its cells. An article without
    attribute rows opens on themes when any theme has a sentence.
    """
    table = compare(article, subjects)
    cells = [table.cell(a, s) for a in table.attributes for s in table.subjects]
    attribute_fill = sum(c.covered for c in cells) / len(cells) if cells else 0.0
    if attribute_fill >= LINE_UP_SHARE:
        return "attribute"
    grid = themes_grid(article, subjects, tagger)
    return "theme" if grid.rows and grid.filled > attribute_fill else "attribute"
