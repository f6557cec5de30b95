"""The data model: small frozen dataclasses, plus one tidy DataFrame for the views.

A comparison article becomes an :class:`Article` (metadata + cleaned Markdown) holding a
:class:`Comparison` (subjects, claims, summaries, key differences, intro, conclusion). Every
:class:`Claim` keeps the line it came from so the UI can point back to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # imported where used: loading and the CLI's `parse` never need pandas
    import pandas as pd

ClaimKind = Literal["attribute", "point", "difference", "summary"]
"""How a claim relates to the table.

* ``attribute``: one subject's value for one attribute (a table cell);
* ``point``: something said about one subject under no attribute label;
* ``difference``: an attribute-level statement that belongs to no single subject;
* ``summary``: the article's one-line summary of one subject.
"""


@dataclass(frozen=True)
class Claim:
    """One statement of the article, with where it sits in the comparison and in the text."""

    subject: str | None
    attribute: str | None
    text: str
    line: int
    """1-based line of the cleaned Markdown (``Article.markdown``) where the statement starts."""
    kind: ClaimKind = "attribute"
    section: str | None = None
    """The heading the statement was found under, for readers tracing it back."""

    def as_dict(self) -> dict[str, Any]:
        return {"subject": self.subject, "attribute": self.attribute, "text": self.text}


@dataclass(frozen=True)
class Comparison:
    """What an article compares and what it says about each subject."""

    subjects: tuple[str, ...]
    claims: tuple[Claim, ...]
    """Subject claims (``attribute`` and ``point``) in document order."""
    summary: Mapping[str, str] = field(default_factory=dict)
    summary_claims: tuple[Claim, ...] = ()
    differences: tuple[Claim, ...] = ()
    intro: str = ""
    conclusion: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def attributes(self) -> tuple[str, ...]:
        """Attribute names in the order the article first uses them."""
        return tuple(dict.fromkeys(c.attribute for c in self.claims if c.attribute))

    @property
    def is_comparison(self) -> bool:
        return len(self.subjects) >= 2

    def claims_for(self, subject: str) -> tuple[Claim, ...]:
        return tuple(c for c in self.claims if c.subject == subject)


@dataclass(frozen=True)
class RelatedArticle:
    title: str
    url: str | None = None
    source_id: str | None = None


@dataclass(frozen=True)
class Article:
    """A loaded article: its metadata, its repaired Markdown and what the parser made of it."""

    id: str
    """The file stem, used in URLs (``keras-tensorflow-pytorch``)."""
    source: str
    title: str
    question: str
    markdown: str
    comparison: Comparison
    date: str | None = None
    author: str | None = None
    category: str | None = None
    """The front matter's ``subject`` (the field of study, e.g. "Computer Science")."""
    url: str | None = None
    source_id: str | None = None
    """The front matter's own ``id``."""
    keywords: tuple[str, ...] = ()
    related: tuple[RelatedArticle, ...] = ()
    warnings: tuple[str, ...] = ()
    """Loading warnings (missing fields, repairs); parser warnings live on the comparison."""

    @property
    def all_warnings(self) -> tuple[str, ...]:
        return self.warnings + self.comparison.warnings

    def as_json(self) -> dict[str, Any]:
        """The ``explorer parse --json`` record (without ``source``/``ok``/``error``)."""
        comp = self.comparison
        return {
            "id": self.id,
            "source_id": self.source_id,
            "title": self.title,
            "question": self.question,
            "date": self.date,
            "subjects": list(comp.subjects),
            "claims": [c.as_dict() for c in comp.claims],
            "summary": dict(comp.summary),
            "differences": [{"attribute": c.attribute, "text": c.text} for c in comp.differences],
            "intro": comp.intro,
            "conclusion": comp.conclusion,
            "warnings": list(self.all_warnings),
        }


def all_claims(article: Article) -> tuple[Claim, ...]:
    """Subject claims, summaries and differences: every claim of an article, in one order."""
    comp = article.comparison
    return (*comp.claims, *comp.summary_claims, *comp.differences)


CLAIM_COLUMNS = ("article", "title", "subject", "attribute", "kind", "text", "line")


def claims_frame(articles: Iterable[Article]) -> pd.DataFrame:
    """One row per claim of every article (subject claims, summaries, differences).

    The tidy shape the Explore and Compare views filter and pivot.
    """
    rows = [
        (a.id, a.title, c.subject, c.attribute, c.kind, c.text, c.line)
        for a in articles
        for c in all_claims(a)
    ]
    import pandas as pd

    return pd.DataFrame.from_records(rows, columns=list(CLAIM_COLUMNS))
