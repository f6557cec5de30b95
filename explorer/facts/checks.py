"""The named checks on ``data/facts.yaml`` after the schema, listed in :data:`FACT_CHECKS`.

Each takes the file's schema-valid facts (:class:`explorer.checks.entries.Entries`) and
returns its problems, like every other data-file check.
"""

from __future__ import annotations

from collections.abc import Mapping

from explorer.checks.entries import Entries
from explorer.checks.problem import Problem
from explorer.corpus import load_corpus
from explorer.facts.dates import date_period
from explorer.facts.schema import MAX_CORRECTION_CHARS, STATUSES, Fact, phrase_pattern
from explorer.model import all_claims

FIELD_FIXES: Mapping[str, str] = {
    "id": "use lower-case words joined by hyphens, e.g. keras-multi-backend",
    "article": "use the article's file stem, e.g. keras-tensorflow-pytorch",
    "subject": "write the subject exactly as `python -m explorer parse` lists it",
    "match": "give one phrase or a list of phrases the claim text contains",
    "status": f"use one of: {', '.join(STATUSES)}",
    "correction": f"say what is true now in one or two sentences (≤ {MAX_CORRECTION_CHARS} chars)",
    "sources": "list at least one source as {title, url, date}",
    "title": "name the source, e.g. 'release notes of version 3.0.0'",
    "url": "link the source with an https:// URL",
    "date": "write the date the source carries as YYYY-MM-DD (or YYYY-MM, YYYY if that is all)",
    "checked": "write the day you verified the sources as YYYY-MM-DD",
    "as_of": "write when the change happened as YYYY-MM-DD (or YYYY-MM, YYYY)",
}
"""How to fix a bad value, by field name (also used for schema errors)."""


def check_unique_ids(facts: Entries[Fact]) -> list[Problem]:
    """Ids are how pages, tests and people refer to a fact; two with one id is ambiguous."""
    first: dict[str, int] = {}
    problems: list[Problem] = []
    for i, fact in facts.items:
        line = facts.line(i, "id")
        if fact.id in first:
            problems.append(
                facts.problem(
                    i,
                    ("id",),
                    f"the id {fact.id!r} is already used on line {first[fact.id]}",
                    "give each fact its own id",
                )
            )
        else:
            first[fact.id] = line
    return problems


def check_dates(facts: Entries[Fact]) -> list[Problem]:
    """No date in the future, and no source dated after the day it was checked.

    A future date is a typo (2062 for 2026) that would make a stale note look fresh; a source
    newer than ``checked`` cannot have been read on that day.
    """
    problems: list[Problem] = []
    today = facts.today
    for i, fact in facts.items:
        dated: list[tuple[tuple[int | str, ...], str, str]] = [
            (("checked",), "checked", fact.checked)
        ]
        if fact.as_of:
            dated.append((("as_of",), "as_of", fact.as_of))
        dated += [
            (("sources", j, "date"), "date", s.date) for j, s in enumerate(fact.sources) if s.date
        ]
        checked = date_period(fact.checked)[0]
        for keys, field, text in dated:
            start = date_period(text)[0]
            if start > today:
                problems.append(
                    facts.problem(
                        i,
                        keys,
                        f"{field} {text} is in the future (today is {today.isoformat()})",
                        FIELD_FIXES[field],
                    )
                )
            elif field == "date" and start > checked:
                problems.append(
                    facts.problem(
                        i,
                        keys,
                        f"the source is dated {text}, after the fact was checked ({fact.checked})",
                        "check the fact again and update 'checked', or fix the source date",
                    )
                )
    return problems


def check_matches(facts: Entries[Fact]) -> list[Problem]:
    """A fact tied to an article must match at least one of its claims: otherwise it is dead data.

    Facts without ``article`` are meant for articles we do not ship (an instructor's folder),
    so they are not required to match anything here.
    """
    scoped = [(i, f) for i, f in facts.items if f.article is not None]
    if not scoped or facts.articles is None:
        return []
    by_id = {a.id: a for a in load_corpus(facts.articles).articles}
    problems: list[Problem] = []
    for i, fact in scoped:
        article = by_id.get(fact.article or "")
        if article is None:
            problems.append(
                facts.problem(
                    i,
                    ("article",),
                    f"no article {fact.article!r} in {facts.articles}",
                    "use the file stem of an article there, or omit 'article' to match any",
                )
            )
            continue
        claims = all_claims(article)
        if any(fact.applies_to(article.id, c.subject, c.text) for c in claims):
            continue
        texts = [c.text for c in claims]
        missing = [p for p in fact.match if not any(phrase_pattern(p).search(t) for t in texts)]
        verb = "occurs" if len(missing) == 1 else "occur"
        why = (
            f"{', '.join(repr(p) for p in missing)} {verb} in no claim"
            if missing
            else "no single claim has all the phrases"
            + (f" under subject {fact.subject!r}" if fact.subject else "")
        )
        problems.append(
            facts.problem(
                i,
                ("match",),
                f"fact {fact.id!r} matches no claim of {fact.article!r}: {why}",
                "copy a phrase from the claim text (run: python -m explorer parse ARTICLE), "
                "check 'subject', or delete the fact",
            )
        )
    return problems


FACT_CHECKS = (check_unique_ids, check_dates, check_matches)
"""The named checks after the schema, in the order they run (like browser-compat-data linters)."""

LOAD_CHECKS = (check_unique_ids, check_dates)
"""What loading runs: matching claims needs the articles, and an unmatched fact is harmless."""
