"""Which needs does each sentence of an article speak to? Tags with the phrase kept as evidence.

Tagging is plain pattern matching, on purpose: it is deterministic, fast, and every tag can be
explained by pointing at the words that caused it. Each need's signals compile into ONE regex
(longest phrase first, word-boundary aware, tolerant of common inflections), built once per
vocabulary by :class:`Tagger`.

A sentence's tag has a *strength*, because not every mention is a recommendation:

* ``verdict``: the article's own verdict ("best for", "ideal for", "excels in", ...), or a
  sentence under a verdict heading ("Use Cases", "When to Use ...");
* ``summary``: the article's one-line summary of the subject, without a verdict phrase;
* ``supporting``: any other sentence about the subject;
* ``caveat``: the need is mentioned as a weakness ("less flexibility", "not as fast",
  "may be a drawback"); shown as evidence, but never counted in the subject's favour.

Evidence from a claim that a fact in ``data/facts.yaml`` marks as stale carries that
correction (see :mod:`explorer.choosing.evidence`). The Explore view uses
:func:`add_needs_column`, :func:`split_needs` and :func:`need_mask`; keep them stable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from explorer.choosing.evidence import STRENGTH_POINTS as STRENGTH_POINTS  # noqa: PLC0414 (re-exported)
from explorer.choosing.evidence import Evidence as Evidence  # noqa: PLC0414 (re-exported)
from explorer.choosing.evidence import Strength as Strength  # noqa: PLC0414 (re-exported)
from explorer.choosing.evidence import sentence_correction
from explorer.choosing.needs import Need, load_needs
from explorer.facts import Fact, corrections_for
from explorer.model import Article, Claim
from explorer.paths import DEFAULT_NEEDS

NEEDS_COLUMN = "needs"
NEEDS_SEPARATOR = ", "

_VERDICT = re.compile(
    r"\b(?:(?:best|ideal|great|preferred|recommended|suit(?:ed|able)|useful)\s+for"
    r"|ideally\s+suited|well[-\s]suited|excels?\s+(?:in|at)|favou?red\s+(?:in|for|by)"
    r"|designed\s+(?:\w+\s+)?for|primarily\s+used|known\s+for)\b",
    re.IGNORECASE,
)
"""An article's own verdict about a subject."""

_VERDICT_HEADING = re.compile(
    r"\b(?:use\s+cases?|when\s+to\s+use|typical\s+use|ideal\s+for|best\s+for)\b", re.IGNORECASE
)
"""Attribute headings whose sentences are verdicts ("Use Cases", "When to Use Each")."""

_CAVEAT = re.compile(
    r"\b(?:drawbacks?|limitations?|challenges?|harder|difficult|slower|limit|limits"
    r"|not\s+as|may\s+not|not\s+always|does\s+not\s+support|doesn't\s+support)\b",
    re.IGNORECASE,
)
"""Words that make a whole sentence a statement of weakness."""

_NEGATED = re.compile(
    r"\b(?:not|no|never|cannot|can't|without|non|less|lacks?|lacking|eventual)"
    r"[^\w.,;:!?]+(?:\w+[^\w.,;:!?]+){0,2}$",
    re.IGNORECASE,
)
"""A negation up to two words before a match, in the same clause ("less flexibility")."""

_CLAUSE_BREAK = re.compile(r"[,;]?\s+(?:but|whereas|however)\s+|;\s+", re.IGNORECASE)
"""Where a caveat stops: "secure file transfers, but does not support file locking"."""

_SENTENCE_END = re.compile(r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<=[.!?])\s+(?=[\"'(\[A-Z])")
_FENCE = re.compile(r"^\s*(```|~~~)")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


@dataclass(frozen=True)
class Tag:
    """One need a sentence speaks to, and the words that show it."""

    need: str
    phrase: str
    """The text that matched, as the article wrote it ("prototyping", "beginners")."""
    strength: Strength


def word_pattern(word: str) -> str:
    """A regex for one word with its common inflections (prototype ~ prototyping, easy ~ easier).

    Deliberately narrow: plural, past, -ing, and comparatives of short words; no derivations
    (``prototypical`` is not ``prototype``, ``customer`` is not ``custom``).
    """
    w = word.lower()
    if len(w) <= 3 or not w.isalpha():
        return re.escape(w) + "s?"
    if w.endswith("e"):
        return re.escape(w[:-1]) + "(?:e|es|ed|ing|er|ers|est)"
    if w.endswith("y") and w[-2] not in "aeiou":
        return re.escape(w[:-1]) + "(?:y|ies|ied|ier|iest|ying)"
    last = re.escape(w[-1])
    comparative = "|er|est" if len(w) <= 4 else ""
    return re.escape(w) + f"(?:s|es|{last}?(?:ed|ing){comparative})?"


def signal_pattern(signal: str) -> str:
    """A signal's words, each inflection-tolerant, separated by spaces or hyphens."""
    words = [w for w in re.split(r"[\s\-]+", signal.strip()) if w]
    return r"[\s\-]+".join(word_pattern(w) for w in words)


def need_regex(need: Need) -> re.Pattern[str]:
    """One compiled regex for all of a need's signals, longest first so the fullest phrase wins."""
    signals = sorted({s for s in need.signals if s.strip()}, key=len, reverse=True)
    body = "|".join(signal_pattern(s) for s in signals)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """The sentences of a claim, code blocks left out (code is not prose evidence)."""
    chunks: list[list[str]] = [[]]
    in_code = False
    for line in text.splitlines():
        if _FENCE.match(line):
            in_code = not in_code
            chunks.append([])  # a code block ends the prose before it
        elif in_code:
            continue
        elif not line.strip() or _ITEM.match(line):
            chunks.append([line])  # a blank line or a list item starts a new piece of prose
        else:
            chunks[-1].append(line)
    found = []
    for chunk in chunks:
        flat = " ".join(" ".join(chunk).split())
        found += [s.strip() for s in _SENTENCE_END.split(flat) if s.strip()]
    return found


def is_verdict(sentence: str) -> bool:
    return _VERDICT.search(sentence) is not None


def _is_weak(sentence: str, start: int) -> bool:
    """Is the match at ``start`` negated, or in a clause that states a weakness?"""
    if _NEGATED.search(sentence[:start]):
        return True
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    nxt = _CLAUSE_BREAK.search(sentence, start)
    clause = sentence[clause_start : nxt.start() if nxt else len(sentence)]
    return _CAVEAT.search(clause) is not None


class Tagger:
    """The needs vocabulary, compiled once: one regex per need."""

    def __init__(self, needs: Sequence[Need]) -> None:
        self.needs: tuple[Need, ...] = tuple(needs)
        self.by_id: dict[str, Need] = {n.id: n for n in self.needs}
        self._patterns = tuple((n.id, need_regex(n)) for n in self.needs if n.signals)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(n.id for n in self.needs)

    def tag(self, sentence: str, *, base: Strength = "supporting") -> list[Tag]:
        """The needs one sentence speaks to, in vocabulary order, one tag per need.

        ``base`` is the strength the sentence has by its place (a summary, a verdict heading);
        a verdict phrase raises it to ``verdict``, a caveat lowers a tag to ``caveat``.
        """
        strength: Strength = "verdict" if is_verdict(sentence) else base
        tags = []
        for need_id, pattern in self._patterns:
            found = list(pattern.finditer(sentence))
            if not found:
                continue
            positive = [m for m in found if not _is_weak(sentence, m.start())]
            match = positive[0] if positive else found[0]
            tags.append(Tag(need_id, match.group(0), strength if positive else "caveat"))
        return tags

    def needs_of(self, text: str, *, include_caveats: bool = False) -> list[str]:
        """Need ids a text supports (every sentence), in vocabulary order."""
        found = {
            t.need
            for s in sentences(text)
            for t in self.tag(s)
            if include_caveats or t.strength != "caveat"
        }
        return [i for i in self.ids if i in found]

    def claim_evidence(self, claim: Claim, facts: Sequence[Fact] = ()) -> list[Evidence]:
        """Evidence from one subject claim or summary (claims without a subject give none).

        ``facts`` are the facts that apply to this claim; each piece of evidence carries the
        one about its own words (:func:`~explorer.choosing.evidence.sentence_correction`).
        """
        if claim.subject is None:
            return []
        base: Strength = "supporting"
        if claim.kind == "summary":
            base = "summary"
        elif claim.attribute and _VERDICT_HEADING.search(claim.attribute):
            base = "verdict"
        source = "summary" if claim.kind == "summary" else claim.attribute or claim.section
        found: list[Evidence] = []
        for s in sentences(claim.text):
            tags = self.tag(s, base=base)
            for t in tags:
                others = [o.phrase for o in tags if o is not t]
                note = sentence_correction(s, t.phrase, others, facts) if facts else None
                found.append(
                    Evidence(
                        claim.subject,
                        t.need,
                        s,
                        t.phrase,
                        t.strength,
                        source or "text",
                        claim.line,
                        correction=note,
                    )
                )
        return found

    def article_evidence(self, article: Article, facts: Sequence[Fact] = ()) -> list[Evidence]:
        """Every tagged sentence about a subject, summaries first, with its corrections."""
        comp = article.comparison
        return [
            e
            for c in (*comp.summary_claims, *comp.claims)
            for e in self.claim_evidence(c, corrections_for(article, c, facts) if facts else ())
        ]


@lru_cache(maxsize=8)
def _cached_tagger(path: str, stamp: int) -> Tagger:
    del stamp  # part of the cache key only: an edited file compiles anew
    return Tagger(load_needs(path))


def load_tagger(path: Path | str | None = None) -> Tagger:
    """The tagger for a needs file (default ``data/needs.yaml``), recompiled when the file changes.

    Raises :class:`~explorer.errors.ArticleError` when the file has problems.
    """
    file = Path(path) if path is not None else DEFAULT_NEEDS
    try:
        stamp = file.stat().st_mtime_ns
    except OSError:
        stamp = -1
    return _cached_tagger(str(file), stamp)


def add_needs_column(
    frame: pd.DataFrame,
    tagger: Tagger | None = None,
    *,
    include_caveats: bool = False,
    column: str = NEEDS_COLUMN,
) -> pd.DataFrame:
    """A copy of a :func:`explorer.model.claims_frame` with a ``needs`` text column.

    The column holds the need ids the row's ``text`` supports, in vocabulary order, joined by
    ``", "`` (``"beginner-friendly, rapid-prototyping"``; ``""`` when none), so it shows as
    plain text in ``st.dataframe``, survives CSV export, and filters with
    :func:`need_mask`. Mentions that are caveats ("less flexibility") are left out unless
    ``include_caveats``. Rows without a subject (key differences) are tagged too.
    """
    tagger = tagger or load_tagger()
    out = frame.copy()
    texts = out["text"].fillna("").astype(str) if "text" in out else pd.Series([], dtype=str)
    out[column] = [
        NEEDS_SEPARATOR.join(tagger.needs_of(t, include_caveats=include_caveats)) for t in texts
    ]
    return out


def need_mask(
    frame: pd.DataFrame, need_ids: Iterable[str], *, column: str = NEEDS_COLUMN
) -> pd.Series:
    """True for rows whose ``needs`` column holds any of ``need_ids``."""
    wanted = set(need_ids)
    return frame[column].map(lambda v: bool(wanted & set(split_needs(v)))).astype(bool)


def split_needs(value: object) -> list[str]:
    """The need ids of one ``needs`` cell."""
    if not isinstance(value, str) or not value.strip():
        return []
    return [v.strip() for v in value.split(",") if v.strip()]
