"""The Article reader's layout: the cleaned article as intro, one section per subject, summary,
key differences and conclusion, every block carrying the line it came from."""

from __future__ import annotations

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


def _claim_block(claim: Claim) -> ReaderBlock:
    label = f"**{claim.attribute}**: " if claim.attribute else ""
    return ReaderBlock(label + claim.text, claim.line, claim)


def reader_sections(article: Article) -> list[ReaderSection]:
    """The article in reading order, rebuilt from what the parser found."""
    comp = article.comparison
    sections: list[ReaderSection] = []
    if comp.intro:
        sections.append(ReaderSection(None, (ReaderBlock(comp.intro),)))
    for subject in comp.subjects:
        blocks = tuple(_claim_block(c) for c in comp.claims_for(subject))
        sections.append(ReaderSection(subject, blocks))
    if comp.summary_claims:
        blocks = tuple(
            ReaderBlock(f"**{c.subject}**: {c.text}", c.line, c) for c in comp.summary_claims
        )
        sections.append(ReaderSection("Summary", blocks))
    if comp.differences:
        sections.append(
            ReaderSection("Key differences", tuple(_claim_block(c) for c in comp.differences))
        )
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
