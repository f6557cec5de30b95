"""What changed since this article: how many of its claims each status applies to, and which.

A reader deciding whether to trust a two-year-old article needs the count before the details:
"This article has 3 outdated and 2 clarified claims." Each count links to Explore filtered to
those claims, so the line is a way in, not a dead end. The statuses come in the fixed order of
:data:`~explorer.facts.schema.STATUSES`, whatever order the facts file uses, so the line reads
the same on every page and for every article.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from explorer.facts.apply import annotate_article
from explorer.facts.schema import STATUSES, Fact
from explorer.model import Article, Claim

EXPLORE_ARTICLES_PARAM = "articles"
"""Explore's URL parameter for the articles shown (repeated)."""
EXPLORE_CORRECTED_PARAM = "corrected"
"""Explore's URL parameter for "claims with a correction of this status" (a status word)."""


@dataclass(frozen=True)
class StatusClaims:
    """The claims of one article that a fact of one status applies to, in article order."""

    status: str
    claims: tuple[Claim, ...]

    @property
    def count(self) -> int:
        return len(self.claims)

    @property
    def phrase(self) -> str:
        """``"3 outdated claims"``, ``"1 clarified claim"``: the words a link shows."""
        return f"{self.count} {self.status} claim{'' if self.count == 1 else 's'}"


@dataclass(frozen=True)
class ArticleChanges:
    """Per status, the claims of one article it applies to; every status, zero counts too."""

    article_id: str
    by_status: tuple[StatusClaims, ...]

    @property
    def present(self) -> tuple[StatusClaims, ...]:
        """The statuses with at least one claim, in the fixed order."""
        return tuple(s for s in self.by_status if s.count)

    def claims(self, status: str) -> tuple[Claim, ...]:
        """The claims under ``status`` (empty for a status no fact here has)."""
        return next((s.claims for s in self.by_status if s.status == status), ())

    @property
    def sentence(self) -> str:
        """``"This article has 3 outdated and 2 clarified claims."``

        "claim" agrees with the count nearest it, as in "one red and two blue balls"; a claim
        two facts of different status apply to counts under each.
        """
        shown = self.present
        if not shown:
            return "No correction applies to this article."
        counts = [f"{s.count} {s.status}" for s in shown]
        if len(counts) == 1:
            listed = counts[0]
        elif len(counts) == 2:
            listed = f"{counts[0]} and {counts[1]}"
        else:
            listed = f"{', '.join(counts[:-1])}, and {counts[-1]}"
        noun = "claim" if shown[-1].count == 1 else "claims"
        return f"This article has {listed} {noun}."

    def explore_params(self, status: str) -> dict[str, str]:
        """The Explore query parameters that show exactly the claims under ``status``."""
        return {EXPLORE_ARTICLES_PARAM: self.article_id, EXPLORE_CORRECTED_PARAM: status}


def article_changes(article: Article, facts: Iterable[Fact]) -> ArticleChanges:
    """The claims of ``article`` per fact status, statuses in :data:`STATUSES` order."""
    notes = annotate_article(article, facts)
    by_status = tuple(
        StatusClaims(
            status,
            tuple(
                claim for claim, found in notes.items() if any(f.status == status for f in found)
            ),
        )
        for status in STATUSES
    )
    return ArticleChanges(article.id, by_status)
