"""What one entry of ``data/facts.yaml`` is: a pydantic schema, and how it finds its claims.

A fact finds its claims by *what they say*, never by line number: an optional ``article`` id,
an optional ``subject`` and one or more ``match`` phrases that must all occur in the claim text
(case-insensitive, whole words). Line numbers shift whenever an article is repaired or
re-exported; the words "Theano" and "CNTK" do not.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator

from explorer.checks.problem import ID_PATTERN
from explorer.facts.dates import FULL_DATE, date_period, latest, partial_date

Status = Literal["outdated", "corrected", "clarified", "confirmed"]
"""How a fact relates to the claims it matches (a small fixed vocabulary, like caniuse's y/a/n).

* ``outdated``: the claim described an earlier state of affairs that has since changed;
* ``corrected``: the claim was never accurate as written;
* ``clarified``: the claim is true but misleading or incomplete without the note;
* ``confirmed``: the claim was checked against a primary source and still holds.
"""
STATUSES: tuple[str, ...] = get_args(Status)
STATUS_LABELS: Mapping[str, str] = {s: s.capitalize() for s in STATUSES}

MAX_CORRECTION_CHARS = 400
"""A correction is one or two plain sentences; longer text belongs in the sources."""


class Source(BaseModel):
    """A primary source for a fact, with the date the source itself carries (if it has one)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str = Field(min_length=1)
    url: str
    date: str | None = None
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``None`` for undated pages such as current docs."""

    @field_validator("url")
    @classmethod
    def _https(cls, value: str) -> str:
        if not re.match(r"^https://[^\s/]+\.[^\s/]+(/\S*)?$", value):
            raise ValueError(f"{value!r} is not an https:// URL")
        return value

    @field_validator("date")
    @classmethod
    def _dated(cls, value: str | None) -> str | None:
        return partial_date(value)


class Fact(BaseModel):
    """One entry of ``data/facts.yaml``: which claims it applies to and what is true now."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    article: str | None = None
    """Article id (file stem); omitted, the fact applies to any article (an instructor's own)."""
    subject: str | None = None
    match: tuple[str, ...] = Field(min_length=1)
    """Phrases that must all occur in the claim text (case-insensitive, whole words)."""
    status: Status
    correction: str = Field(min_length=1, max_length=MAX_CORRECTION_CHARS)
    sources: tuple[Source, ...] = Field(min_length=1)
    checked: str
    """The day someone read the sources and confirmed the correction (``YYYY-MM-DD``)."""
    as_of: str | None = None
    """When the change happened, at the precision known (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``)."""

    @field_validator("id", "article")
    @classmethod
    def _kebab(cls, value: str | None) -> str | None:
        if value is not None and not ID_PATTERN.match(value):
            raise ValueError(f"{value!r} is not lower-case words joined by hyphens")
        return value

    @field_validator("match", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        # ``match: TensorFlow Lite`` reads better than a one-item list; both are accepted.
        return [value] if isinstance(value, str) else value

    @field_validator("match")
    @classmethod
    def _phrases(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for phrase in value:
            if not re.search(r"\w", phrase):
                raise ValueError(f"the phrase {phrase!r} has no words to match")
        return tuple(" ".join(p.split()) for p in value)

    @field_validator("correction")
    @classmethod
    def _plain(cls, value: str) -> str:
        return " ".join(value.split())

    @field_validator("checked")
    @classmethod
    def _full_date(cls, value: str) -> str:
        if not FULL_DATE.match(value):
            raise ValueError(f"{value!r} is not a full date (YYYY-MM-DD)")
        date_period(value)
        return value

    @field_validator("as_of")
    @classmethod
    def _when(cls, value: str | None) -> str | None:
        return partial_date(value)

    def applies_to(self, article_id: str | None, subject: str | None, text: str) -> bool:
        """Whether this fact is about a claim with this article, subject and text."""
        if self.article is not None and self.article != article_id:
            return False
        if self.subject is not None and (subject or "").casefold() != self.subject.casefold():
            return False
        return all(phrase_pattern(p).search(text) for p in self.match)

    def mentioned_in(self, text: str) -> bool:
        """Whether any of the fact's phrases occurs in ``text`` (one sentence of a claim)."""
        return any(phrase_pattern(p).search(text) for p in self.match)

    @property
    def latest_source_date(self) -> str | None:
        """The newest date any source carries: how recent the evidence is."""
        return latest(s.date for s in self.sources if s.date)


@functools.lru_cache(maxsize=1024)
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A phrase as a case-insensitive, whole-word regex; any run of spaces matches any other.

    Whole words so that "Lite" never matches "LiteRT" and "Keras" never matches "tf-kerasx";
    ``(?<!\\w)``/``(?!\\w)`` rather than ``\\b`` so phrases may start or end with punctuation.
    """
    words = [re.escape(w) for w in phrase.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)
