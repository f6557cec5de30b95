"""One subject across articles: every claim the corpus makes about it, grouped by theme.

An article is one author's snapshot; a reader who wants to know about one framework would
otherwise open every article that mentions it and line the sentences up by hand. Two choices
keep this view honest:

* Subjects are matched across articles the way the parser matches them inside one article
  (:class:`explorer.parsing.names.Namer`): the same stemmed words whatever the case
  ("Pytorch" is "PyTorch"), and a parenthetical short form as an alias ("TensorFlow (TF)" is
  "TensorFlow"). Grouping uses exact alias matches only, so sibling subjects never merge; a
  name typed into a link may also match by word containment ("Azure" finds "Microsoft
  Azure"), and the page says so.
* Themes are the chooser's needs vocabulary (``data/needs.yaml``, through its
  :class:`~explorer.choosing.Tagger`), so this page, the chooser and Explore's needs column
  never disagree about what a sentence speaks to. Every claim is shown: a claim none of
  whose sentences speaks to a theme is listed whole under "Other claims".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from explorer.choosing import Tagger
from explorer.model import Article, Claim
from explorer.parsing.names import Namer, aliases


@dataclass(frozen=True)
class KnownSubject:
    """A subject as the whole corpus knows it: one name, every spelling, where it appears."""

    name: str
    """The spelling most articles use (the first one seen, on a tie)."""
    appearances: tuple[tuple[str, str], ...]
    """``(article id, the subject as that article names it)``, in article order."""

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a for a, _ in self.appearances))

    @property
    def spellings(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for _, n in self.appearances))


@dataclass(frozen=True)
class Lookup:
    """The subject a link's ``name`` stands for, and a notice when it is not a plain match."""

    subject: KnownSubject | None
    notice: str | None = None


@dataclass(frozen=True)
class Quote:
    """One sentence (or, for a claim without a theme, one whole claim) and where it is from."""

    article_id: str
    title: str
    date: str | None
    subject: str
    """The subject as this article names it."""
    label: str
    """The attribute it sits under, "summary", or the section of an unlabelled point."""
    text: str
    line: int
    strength: str | None = None
    """The tagger's strength ("verdict", "summary", "supporting", "caveat"); None if untagged."""


@dataclass(frozen=True)
class Theme:
    """One need of the vocabulary and every sentence about the subject that speaks to it."""

    need: str
    label: str
    description: str
    quotes: tuple[Quote, ...]

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(q.article_id for q in self.quotes))

    def quotes_from(self, article_id: str) -> tuple[Quote, ...]:
        return tuple(q for q in self.quotes if q.article_id == article_id)


@dataclass(frozen=True)
class SubjectView:
    """Everything the articles say about one subject."""

    subject: KnownSubject
    themes: tuple[Theme, ...]
    """Needs with at least one sentence, in vocabulary order."""
    other: tuple[Quote, ...]
    """Claims that speak to no theme, whole, so that no claim is left out."""
    mentions: tuple[Quote, ...]
    """The articles' key differences that name the subject (they are about several)."""
    claim_count: int

    def theme(self, need: str | None) -> Theme | None:
        return next((t for t in self.themes if t.need == need), None)

    @property
    def shared_themes(self) -> tuple[Theme, ...]:
        """Themes that at least two articles speak to: the ones worth setting side by side."""
        return tuple(t for t in self.themes if len(t.article_ids) >= 2)


@dataclass(frozen=True)
class PairRow:
    """One theme, and what each of two articles says about it (empty: it says nothing)."""

    theme: Theme
    left: tuple[Quote, ...]
    right: tuple[Quote, ...]


def known_subjects(articles: Sequence[Article]) -> tuple[KnownSubject, ...]:
    """Every subject of every article, spellings merged; most articles first, then first seen.

    Pass the articles featured first, so the featured article's subjects lead a tie.
    """
    namer = Namer()
    seen: dict[str, list[tuple[str, str]]] = {}
    for article in articles:
        for name in article.comparison.subjects:
            seen.setdefault(namer.add(name, exact=True), []).append((article.id, name))
    subjects = [KnownSubject(_most_used(found), tuple(found)) for found in seen.values()]
    ranked = sorted(enumerate(subjects), key=lambda pair: (-len(pair[1].article_ids), pair[0]))
    return tuple(subject for _, subject in ranked)


def _most_used(found: list[tuple[str, str]]) -> str:
    counts = Counter(name for _, name in found)
    return max(counts, key=lambda n: (counts[n], -[x for _, x in found].index(n)))


def find_subject(known: Sequence[KnownSubject], name: str | None) -> Lookup:
    """The known subject ``name`` stands for, matched as leniently as the parser matches.

    An exact or alias match is silent; a match by contained words ("Azure") carries a notice
    naming what was shown; no match, or an ambiguous one, gives ``subject=None`` and a notice.
    """
    wanted = (name or "").strip()
    if not wanted:
        return Lookup(None)
    namer = Namer()
    by_key: dict[str, KnownSubject] = {}
    for subject in known:
        for spelling in subject.spellings:
            by_key.setdefault(namer.add(spelling, exact=True), subject)
    exact = namer.resolve_exact(wanted)
    if exact is not None:
        return Lookup(by_key[exact])
    loose = namer.resolve(wanted)
    if loose is not None:
        found = by_key[loose]
        return Lookup(found, f"No subject is called {wanted!r}; showing {found.name!r}.")
    return Lookup(None, f"No article compares a subject called {wanted!r}.")


def subject_view(articles: Sequence[Article], subject: KnownSubject, tagger: Tagger) -> SubjectView:
    """Every claim about ``subject`` in ``articles``, grouped by the tagger's needs."""
    by_need: dict[str, list[Quote]] = {}
    other: list[Quote] = []
    mentions: list[Quote] = []
    count = 0
    namer = Namer()  # every subject of every article, to spot a sentence about another one
    for name in (s for a in articles for s in a.comparison.subjects):
        namer.add(name, exact=True)
    for article in articles:
        names = {n for a, n in subject.appearances if a == article.id}
        if not names:
            continue
        own_name = next(n for a, n in subject.appearances if a == article.id)
        comp = article.comparison
        for claim in (*comp.summary_claims, *comp.claims):
            if claim.subject not in names:
                continue
            count += 1
            quotes = _theme_quotes(article, claim, tagger, namer, namer.resolve_exact(own_name))
            for need, quote in quotes:
                by_need.setdefault(need, []).append(quote)
            if not quotes:
                other.append(_quote(article, claim, claim.subject, claim.text, None))
        pattern = _mention_pattern(names)
        for diff in comp.differences:
            if pattern.search(diff.text):
                mentions.append(_quote(article, diff, own_name, diff.text, None))
    themes = tuple(
        Theme(need.id, need.label, need.description, tuple(by_need[need.id]))
        for need in tagger.needs
        if need.id in by_need
    )
    return SubjectView(subject, themes, tuple(other), tuple(mentions), count)


def _theme_quotes(
    article: Article, claim: Claim, tagger: Tagger, namer: Namer, mine: str | None
) -> list[tuple[str, Quote]]:
    """The claim's tagged sentences, without those that open with another subject's name
    ("Keras, by contrast, ..."), in this article or any other, and so are not about this one."""
    found = []
    for evidence in tagger.claim_evidence(claim):
        opener = namer.starts_with_subject(evidence.text)
        if opener is not None and opener != mine:
            continue
        quote = _quote(article, claim, evidence.subject, evidence.text, evidence.strength)
        found.append((evidence.need, quote))
    return found


def _quote(article: Article, claim: Claim, subject: str, text: str, strength: str | None) -> Quote:
    label = "summary" if claim.kind == "summary" else claim.attribute or claim.section or "text"
    return Quote(
        article.id, article.title, article.date, subject, label, text, claim.line, strength
    )


def _mention_pattern(names: set[str]) -> re.Pattern[str]:
    """Any spelling or alias of the subject, as a whole word, ignoring case."""
    words = sorted({a for n in names for a in aliases(n)}, key=len, reverse=True)
    body = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def pair_rows(view: SubjectView, left: str, right: str) -> tuple[PairRow, ...]:
    """Every theme either article speaks to, with both articles' sentences side by side."""
    rows = (PairRow(t, t.quotes_from(left), t.quotes_from(right)) for t in view.themes)
    return tuple(r for r in rows if r.left or r.right)


def default_pair(view: SubjectView, theme: str | None = None) -> tuple[str, str] | None:
    """The two articles to set side by side: the first two speaking to ``theme`` (or to any
    shared theme), else the first two the subject appears in; None with fewer than two."""
    chosen = view.theme(theme)
    pool = chosen.article_ids if chosen and len(chosen.article_ids) >= 2 else ()
    if not pool and view.shared_themes:
        pool = view.shared_themes[0].article_ids
    pool = pool or view.subject.article_ids
    return (pool[0], pool[1]) if len(pool) >= 2 else None
