"""Dated, sourced corrections for claims that have gone stale (``data/facts.yaml``).

Articles are snapshots: the seed article (2024-11-26) still says Keras runs on Theano and CNTK.
We never edit an article to fix it; instead a *fact* in ``data/facts.yaml`` says what is true
now, which primary sources say so, the date each source carries and the day we checked. The
views show it next to the claim, the way caniuse and MDN browser-compat-data attach notes and
dates to a cell rather than rewriting the cell.

A fact finds its claims by *what they say*, never by line number: an optional ``article`` id,
an optional ``subject`` and one or more ``match`` phrases that must all occur in the claim text
(case-insensitive, whole words). Line numbers shift whenever an article is repaired or
re-exported; the words "Theano" and "CNTK" do not.

Nothing here imports Streamlit; the pages call :func:`load_facts`, :func:`corrections_for`,
:func:`annotate_article` / :func:`annotate_frame` and :func:`note_text` / :func:`note_markdown`.
``python -m explorer validate`` runs :func:`check_facts_file` (listed in explorer.checks.validate) on the file.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal, get_args

import pandas as pd
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import ErrorDetails

from explorer.checks.problem import ID_PATTERN, Problem
from explorer.corpus import load_corpus
from explorer.errors import ArticleError
from explorer.model import Article, Claim
from explorer.paths import DEFAULT_FACTS

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

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# --------------------------------------------------------------------------- dates


def date_period(text: str) -> tuple[date, date]:
    """First and last day a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date can mean.

    Sources often carry only a month (a PyPI listing, "September 2017"); keeping the precision
    the source gives, instead of inventing a day, is what makes the date honest. Raises
    ``ValueError`` for anything else, including impossible days such as ``2024-02-30``.
    """
    m = _PARTIAL_DATE.match(text)
    if not m:
        raise ValueError(f"{text!r} is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY)")
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{text!r} is not a date: there is no month {month}")
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return date(year, month, 1), date(year, month, last)
    if not 1 <= day <= last:
        raise ValueError(f"{text!r} is not a date: {year}-{month:02d} has {last} days")
    return date(year, month, day), date(year, month, day)


def _partial_date(value: str | None) -> str | None:
    if value is not None:
        date_period(value)
    return value


# --------------------------------------------------------------------------- schema


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
        return _partial_date(value)


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
        if not _FULL_DATE.match(value):
            raise ValueError(f"{value!r} is not a full date (YYYY-MM-DD)")
        date_period(value)
        return value

    @field_validator("as_of")
    @classmethod
    def _when(cls, value: str | None) -> str | None:
        return _partial_date(value)

    def applies_to(self, article_id: str | None, subject: str | None, text: str) -> bool:
        """Whether this fact is about a claim with this article, subject and text."""
        if self.article is not None and self.article != article_id:
            return False
        if self.subject is not None and (subject or "").casefold() != self.subject.casefold():
            return False
        return all(phrase_pattern(p).search(text) for p in self.match)

    @property
    def latest_source_date(self) -> str | None:
        """The newest date any source carries: how recent the evidence is."""
        dates = [s.date for s in self.sources if s.date]
        return max(dates, key=lambda d: date_period(d)[0]) if dates else None


@functools.lru_cache(maxsize=1024)
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A phrase as a case-insensitive, whole-word regex; any run of spaces matches any other.

    Whole words so that "Lite" never matches "LiteRT" and "Keras" never matches "tf-kerasx";
    ``(?<!\\w)``/``(?!\\w)`` rather than ``\\b`` so phrases may start or end with punctuation.
    """
    words = [re.escape(w) for w in phrase.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


# --------------------------------------------------------------------------- reading the file


class _Loader(yaml.SafeLoader):
    """Safe loading with dates kept as text, so ``2024-13-01`` is our error, not a crash.

    PyYAML turns ``2024-09-04`` into a ``datetime.date`` and raises a bare ``ValueError`` for an
    impossible one; we want every date, partial or full, checked by :func:`date_period`.
    """


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

Loc = tuple[int | str, ...]


@dataclass(frozen=True)
class _Parsed:
    """The file's data, the line of every key and item in it, and duplicate-key problems."""

    data: Any
    lines: Mapping[Loc, int]
    duplicates: tuple[tuple[Loc, int], ...]

    def line(self, loc: Sequence[int | str]) -> int:
        """The line of ``loc`` or of its nearest located ancestor (for a missing field)."""
        key = tuple(loc)
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return self.lines.get((), 1)


def _index(node: yaml.Node, loc: Loc, lines: dict[Loc, int], dups: list[tuple[Loc, int]]) -> None:
    lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        pairs: dict[str, list[tuple[yaml.Node, yaml.Node]]] = {}
        for key_node, value_node in node.value:
            pairs.setdefault(str(key_node.value), []).append((key_node, value_node))
        for key, found in pairs.items():
            child = (*loc, key)
            # YAML keeps the last of duplicate keys, so that is the one to point at.
            key_node, value_node = found[-1]
            if len(found) > 1:
                dups.append((child, key_node.start_mark.line + 1))
            # A key's line, not its value's: a block list under ``sources:`` starts a line later.
            lines[child] = key_node.start_mark.line + 1
            _index(value_node, child, lines, dups)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, (*loc, i), lines, dups)


def _parse(path: Path) -> _Parsed:
    """Read and parse ``path``; raises :class:`ArticleError` for unreadable or non-YAML text."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ArticleError(
            "the facts file does not exist", path=path, fix="create it (a YAML list of facts)"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ArticleError(
            f"cannot read the facts file ({exc})", path=path, fix="save it as UTF-8 text"
        ) from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise ArticleError(
            f"not valid YAML: {problem}",
            path=path,
            line=line,
            fix="fix the YAML syntax (indentation, quotes around text with ': ')",
        ) from None
    finally:
        loader.dispose()
    lines: dict[Loc, int] = {}
    dups: list[tuple[Loc, int]] = []
    if node is not None:
        _index(node, (), lines, dups)
    return _Parsed(data, lines, tuple(dups))


# --------------------------------------------------------------------------- checks

_FIELD_FIXES: Mapping[str, str] = {
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
_FIELDS = tuple(Fact.model_fields)


@dataclass(frozen=True)
class _Context:
    path: Path
    parsed: _Parsed
    entries: tuple[tuple[int, Fact], ...]
    """Entries that passed the schema, with their index in the file."""
    today: date
    articles: Path | None


FactCheck = Callable[[_Context], list[Problem]]


def _schema_problem(
    ctx_path: Path, parsed: _Parsed, index: int, item: Mapping[str, Any], err: ErrorDetails
) -> Problem:
    loc: Loc = (index, *err["loc"])
    field = next((str(p) for p in reversed(err["loc"]) if isinstance(p, str)), "")
    name = ".".join(str(p) for p in err["loc"]) or "entry"
    kind = err["type"]
    if kind == "missing":
        which = repr(item["id"]) if isinstance(item.get("id"), str) else str(index + 1)
        problem = f"fact {which} has no {name!r}"
    elif kind == "extra_forbidden":
        problem = f"unknown field {name!r}"
        fix = f"use only: {', '.join(_FIELDS)} (sources: title, url, date)"
        return Problem(str(ctx_path), parsed.line(loc), problem, fix)
    else:
        msg = err["msg"].removeprefix("Value error, ")
        problem = f"{name}: {msg}"
    fix = _FIELD_FIXES.get(field, "see the header of data/facts.yaml for the format")
    return Problem(str(ctx_path), parsed.line(loc), problem, fix)


def _echo(err: ErrorDetails) -> bool:
    """A "too short" error that only echoes a bad item (pydantic drops it, then counts)."""
    if err["type"] != "too_short":
        return False
    given = err.get("input")
    minimum = (err.get("ctx") or {}).get("min_length", 1)
    return isinstance(given, list | tuple) and len(given) >= int(minimum)


def _validate_entries(path: Path, parsed: _Parsed) -> tuple[list[tuple[int, Fact]], list[Problem]]:
    """Shape first: the file is a list of mappings, and each mapping is a valid :class:`Fact`."""
    problems = [
        Problem(
            str(path),
            line,
            f"the key {loc[-1]!r} appears twice in one mapping",
            "keep one; YAML silently drops all but the last",
        )
        for loc, line in parsed.duplicates
    ]
    data = parsed.data
    if data is None:
        return [], [*problems, Problem(str(path), 1, "the facts file is empty", "add facts")]
    if not isinstance(data, list):
        problems.append(
            Problem(
                str(path),
                1,
                "the facts file must be a YAML list of facts",
                "start each fact with '- id: ...'",
            )
        )
        return [], problems
    entries: list[tuple[int, Fact]] = []
    for i, item in enumerate(data):
        if not isinstance(item, dict):
            problems.append(
                Problem(
                    str(path),
                    parsed.line((i,)),
                    f"fact {i + 1} is not a mapping",
                    "write it as 'id: ...', 'match: ...', ... under its '-'",
                )
            )
            continue
        try:
            entries.append((i, Fact.model_validate(item)))
        except ValidationError as exc:
            problems += [
                _schema_problem(path, parsed, i, item, e) for e in exc.errors() if not _echo(e)
            ]
    return entries, problems


def check_unique_ids(ctx: _Context) -> list[Problem]:
    """Ids are how pages, tests and people refer to a fact; two with one id is ambiguous."""
    first: dict[str, int] = {}
    problems: list[Problem] = []
    for i, fact in ctx.entries:
        line = ctx.parsed.line((i, "id"))
        if fact.id in first:
            problems.append(
                Problem(
                    str(ctx.path),
                    line,
                    f"the id {fact.id!r} is already used on line {first[fact.id]}",
                    "give each fact its own id",
                )
            )
        else:
            first[fact.id] = line
    return problems


def check_dates(ctx: _Context) -> list[Problem]:
    """No date in the future, and no source dated after the day it was checked.

    A future date is a typo (2062 for 2026) that would make a stale note look fresh; a source
    newer than ``checked`` cannot have been read on that day.
    """
    problems: list[Problem] = []
    for i, fact in ctx.entries:
        dated: list[tuple[Loc, str, str]] = [((i, "checked"), "checked", fact.checked)]
        if fact.as_of:
            dated.append(((i, "as_of"), "as_of", fact.as_of))
        dated += [
            ((i, "sources", j, "date"), "date", s.date)
            for j, s in enumerate(fact.sources)
            if s.date
        ]
        checked = date_period(fact.checked)[0]
        for loc, field, text in dated:
            start = date_period(text)[0]
            line = ctx.parsed.line(loc)
            if start > ctx.today:
                problems.append(
                    Problem(
                        str(ctx.path),
                        line,
                        f"{field} {text} is in the future (today is {ctx.today.isoformat()})",
                        _FIELD_FIXES[field],
                    )
                )
            elif field == "date" and start > checked:
                problems.append(
                    Problem(
                        str(ctx.path),
                        line,
                        f"the source is dated {text}, after the fact was checked ({fact.checked})",
                        "check the fact again and update 'checked', or fix the source date",
                    )
                )
    return problems


def check_matches(ctx: _Context) -> list[Problem]:
    """A fact tied to an article must match at least one of its claims: otherwise it is dead data.

    Facts without ``article`` are meant for articles we do not ship (an instructor's folder),
    so they are not required to match anything here.
    """
    scoped = [(i, f) for i, f in ctx.entries if f.article is not None]
    if not scoped or ctx.articles is None:
        return []
    corpus = load_corpus(ctx.articles)
    by_id = {a.id: a for a in corpus.articles}
    problems: list[Problem] = []
    for i, fact in scoped:
        article = by_id.get(fact.article or "")
        if article is None:
            problems.append(
                Problem(
                    str(ctx.path),
                    ctx.parsed.line((i, "article")),
                    f"no article {fact.article!r} in {ctx.articles}",
                    "use the file stem of an article there, or omit 'article' to match any",
                )
            )
            continue
        if any(fact.applies_to(article.id, c.subject, c.text) for c in all_claims(article)):
            continue
        texts = [c.text for c in all_claims(article)]
        missing = [p for p in fact.match if not any(phrase_pattern(p).search(t) for t in texts)]
        why = (
            f"{', '.join(repr(p) for p in missing)} occur(s) in no claim"
            if missing
            else "no single claim has all the phrases"
            + (f" under subject {fact.subject!r}" if fact.subject else "")
        )
        problems.append(
            Problem(
                str(ctx.path),
                ctx.parsed.line((i, "match")),
                f"fact {fact.id!r} matches no claim of {fact.article!r}: {why}",
                "copy a phrase from the claim text (run: python -m explorer parse ARTICLE), "
                "check 'subject', or delete the fact",
            )
        )
    return problems


FACT_CHECKS: tuple[FactCheck, ...] = (check_unique_ids, check_dates, check_matches)
"""The named checks after the schema, in the order they run (like browser-compat-data linters)."""


def check_facts_file(
    path: Path, *, today: date | None = None, articles: Path | None = None
) -> list[Problem]:
    """Every problem in a facts file, as ``path:line: problem; fix`` records sorted by line.

    ``articles`` defaults to the ``articles`` folder next to the file (``data/articles`` for
    ``data/facts.yaml``), the one whose claims the facts must match.
    """
    try:
        parsed = _parse(path)
    except ArticleError as exc:
        return [Problem.from_error(exc, path)]
    entries, problems = _validate_entries(path, parsed)
    folder = articles if articles is not None else path.parent / "articles"
    ctx = _Context(path, parsed, tuple(entries), today or date.today(), folder)
    for check in FACT_CHECKS:
        problems += check(ctx)
    return sorted(problems, key=lambda p: p.line or 0)


def load_facts(path: str | Path = DEFAULT_FACTS, *, today: date | None = None) -> tuple[Fact, ...]:
    """The facts of ``path`` in file order; raises :class:`ArticleError` for the first problem.

    Runs the schema, id and date checks, not the claim-matching one: that needs the articles,
    and a fact that matches nothing is harmless to the app (``validate`` reports it).
    """
    path = Path(path)
    parsed = _parse(path)
    entries, problems = _validate_entries(path, parsed)
    ctx = _Context(path, parsed, tuple(entries), today or date.today(), None)
    problems += check_unique_ids(ctx) + check_dates(ctx)
    if problems:
        first = min(problems, key=lambda p: p.line or 0)
        raise ArticleError(first.problem, path=path, line=first.line, fix=first.fix)
    return tuple(f for _, f in entries)


# --------------------------------------------------------------------------- applying facts


def all_claims(article: Article) -> tuple[Claim, ...]:
    """Subject claims, summaries and differences: every row :func:`claims_frame` makes."""
    comp = article.comparison
    return (*comp.claims, *comp.summary_claims, *comp.differences)


def corrections_for(article: Article | str, claim: Claim, facts: Iterable[Fact]) -> list[Fact]:
    """The facts about ``claim`` of ``article`` (an Article or its id), in file order."""
    article_id = article if isinstance(article, str) else article.id
    return [f for f in facts if f.applies_to(article_id, claim.subject, claim.text)]


def annotate_article(article: Article, facts: Iterable[Fact]) -> dict[Claim, tuple[Fact, ...]]:
    """Claim -> its facts, for the claims of ``article`` that have any (look up with ``.get``)."""
    facts = tuple(facts)
    notes: dict[Claim, tuple[Fact, ...]] = {}
    for claim in all_claims(article):
        found = corrections_for(article, claim, facts)
        if found:
            notes[claim] = tuple(found)
    return notes


CORRECTION_COLUMNS = ("correction", "correction_status", "correction_date", "correction_ids")


def annotate_frame(
    frame: pd.DataFrame,
    facts: Iterable[Fact],
    *,
    article_dates: Mapping[str, str | None] | None = None,
) -> pd.DataFrame:
    """A copy of a :func:`claims_frame` with the correction columns added (plain text).

    * ``correction``: :func:`note_text` of each matching fact, one per line ("" if none);
    * ``correction_status``: the statuses, comma-separated ("outdated", "clarified, outdated");
    * ``correction_date``: the newest date any of the sources carries;
    * ``correction_ids``: the fact ids, comma-separated, to look the facts up again.

    ``article_dates`` (article id -> article date) lets a note say the change came before the
    article was written.
    """
    facts = tuple(facts)
    dates = article_dates or {}
    rows: list[tuple[str, str, str, str]] = []
    for article_id, subject, text in zip(
        frame["article"], frame["subject"], frame["text"], strict=True
    ):
        subj = subject if isinstance(subject, str) else None
        found = [f for f in facts if f.applies_to(str(article_id), subj, str(text))]
        when = dates.get(str(article_id))
        latest = [d for f in found if (d := f.latest_source_date)]
        rows.append(
            (
                "\n".join(note_text(f, article_date=when) for f in found),
                ", ".join(dict.fromkeys(f.status for f in found)),
                max(latest, key=lambda d: date_period(d)[0]) if latest else "",
                ", ".join(f.id for f in found),
            )
        )
    out = frame.copy()
    extra = pd.DataFrame.from_records(rows, columns=list(CORRECTION_COLUMNS), index=frame.index)
    for column in CORRECTION_COLUMNS:
        out[column] = extra[column]
    return out


def _timing(fact: Fact, article_date: str | None) -> str:
    """ " (changed 2020-06-17, before this article was written)" and the like."""
    if not fact.as_of:
        return ""
    when = f"changed {fact.as_of}"
    if article_date:
        try:
            written = date_period(article_date)[0]
        except ValueError:
            written = None
        if written is not None:
            start, end = date_period(fact.as_of)
            if end < written:
                when += ", before this article was written"
            elif start > written:
                when += ", after this article was written"
    return f" ({when})"


def _source_text(source: Source) -> str:
    return f"{source.title} ({source.date})" if source.date else f"{source.title} (undated)"


def note_text(fact: Fact, *, article_date: str | None = None) -> str:
    """The note as one line of plain text: status, timing, correction, dated sources, check day.

    ``Outdated (changed 2020-06-17, before this article was written): Multi-backend Keras ...
    Sources: Keras README at tag 2.4.0 (2020-06-17); ... Checked 2026-11-25.``
    """
    sources = "; ".join(_source_text(s) for s in fact.sources)
    label = STATUS_LABELS[fact.status]
    return (
        f"{label}{_timing(fact, article_date)}: {fact.correction} "
        f"Sources: {sources}. Checked {fact.checked}."
    )


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def note_markdown(fact: Fact, *, article_date: str | None = None) -> str:
    """The same note as Markdown, each source a link, for ``st.markdown`` / ``st.caption``."""
    sources = "; ".join(
        f"[{_md_escape(s.title)}]({s.url})" + (f" ({s.date})" if s.date else "")
        for s in fact.sources
    )
    label = STATUS_LABELS[fact.status]
    return (
        f"**{label}**{_md_escape(_timing(fact, article_date))}: {_md_escape(fact.correction)} "
        f"Sources: {sources}. Checked {fact.checked}."
    )
