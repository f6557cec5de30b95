"""The Article reader's layout: the cleaned article as intro, one section per subject, summary,
key differences and conclusion, every block carrying the line it came from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from explorer.model import Article, Claim


@dataclass(frozen=True)
class ReaderBlock:
    markdown: str
    line: int | None = None
    claim: Claim | None = None


@dataclass(frozen=True)
class ReaderSection:
    heading: str | None
    blocks: tuple[ReaderBlock, ...]


@dataclass(frozen=True)
class Highlight:
    """The claim a link asked to highlight, or a notice saying why none is."""

    claim: Claim | None = None
    notice: str | None = None


def _claim_block(claim: Claim, label: str | None) -> ReaderBlock:
    return ReaderBlock(f"**{label}**: {claim.text}" if label else claim.text, claim.line, claim)


def run_labels(claims: Sequence[Claim]) -> list[str | None]:
    """Each claim's label as a reader sees it: its attribute, shown once for a run of claims
    under one attribute (a how-to's "Step 3" over its two paragraphs), not on each."""
    return [
        c.attribute if i == 0 or c.attribute != claims[i - 1].attribute else None
        for i, c in enumerate(claims)
    ]


def points_heading(article: Article) -> str:
    """What the statements about no single subject are: a comparison's key differences, or,
    in an article that compares nothing (a how-to, an explanation), its key points."""
    return "Key differences" if article.comparison.is_comparison else "Key points"


def _blocks(claims: Sequence[Claim]) -> tuple[ReaderBlock, ...]:
    return tuple(
        _claim_block(c, label) for c, label in zip(claims, run_labels(claims), strict=True)
    )


def reader_sections(article: Article) -> list[ReaderSection]:
    """The article in reading order, rebuilt from what the parser found."""
    comp = article.comparison
    sections: list[ReaderSection] = []
    if comp.intro:
        sections.append(ReaderSection(None, (ReaderBlock(comp.intro),)))
    for subject in comp.subjects:
        sections.append(ReaderSection(subject, _blocks(comp.claims_for(subject))))
    if comp.summary_claims:
        blocks = tuple(
            ReaderBlock(f"**{c.subject}**: {c.text}", c.line, c) for c in comp.summary_claims
        )
        sections.append(ReaderSection("Summary", blocks))
    if comp.differences:
        sections.append(ReaderSection(points_heading(article), _blocks(comp.differences)))
    if comp.conclusion:
        sections.append(ReaderSection("Conclusion", (ReaderBlock(comp.conclusion),)))
    return sections


def claim_at(article: Article, raw_line: str | None) -> Highlight:
    """The claim starting at ``raw_line`` (from a ``claim=`` URL parameter), if there is one."""
    if raw_line is None or raw_line == "":
        return Highlight()
    try:
        line = int(raw_line)
    except ValueError:
        return Highlight(
            notice=f"The link's `claim` ({raw_line[:20]!r}) is not a line number; ignored."
        )
    comp = article.comparison
    for claim in (*comp.claims, *comp.summary_claims, *comp.differences):
        if claim.line == line:
            return Highlight(claim=claim)
    return Highlight(
        notice=f"No claim starts at line {line} of this article; nothing is highlighted."
    )
