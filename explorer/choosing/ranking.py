"""The chooser: rank an article's subjects for a reader's weighted needs, and show why.

It is a weighted decision matrix (criteria weighted to 100 %, each subject scored per
criterion, totals ranked), built for transparency rather than cleverness:

* a subject's *fit* for a need is the article's evidence for it, in points: 3 per verdict
  sentence ("best for", "ideal for", ...), 2 per plain summary sentence, 1 per other sentence,
  0 for a caveat, capped at :data:`FULL_SUPPORT` (a verdict and one more sentence) and scaled to
  0..1, so a wordy section cannot outvote the article's own verdict;
* its score is the sum over needs of (weight share x fit), out of 100; each term is shown;
* a must-have is a requirement: a subject without counted evidence for it ranks after every
  subject that has some, whatever its score (:attr:`SubjectScore.meets_must`);
* evidence a fact marks as outdated counts less (:mod:`explorer.choosing.evidence`);
* equal scores are reported as ties, never broken silently;
* :func:`find_flip` names the smallest single change of weight that would put another
  subject first, the sensitivity check decision-matrix guides recommend.

Nothing here knows any article: subjects come from the article, needs from ``data/needs.yaml``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from explorer.choosing.evidence import Evidence
from explorer.choosing.tagging import Tagger, load_tagger
from explorer.facts import Fact
from explorer.model import Article

FULL_SUPPORT = 4.0
"""Evidence points at which a subject fully meets a need (a verdict plus one supporting line)."""

_EPS = 1e-9


class UnknownNeedError(ValueError):
    """A need id that the vocabulary does not have, or a weight that is not a number >= 0."""

    def __init__(self, message: str, known: Sequence[str]) -> None:
        self.known = tuple(known)
        super().__init__(f"{message}; known needs: {', '.join(self.known)}")


@dataclass(frozen=True)
class SubjectScore:
    """One subject's place in the ranking, with every number and sentence behind it."""

    subject: str
    score: float
    """0..100: the sum of :attr:`contributions`."""
    rank: int
    """1 for the top; tied subjects share a rank."""
    contributions: dict[str, float]
    """Need id -> points of the 100 this need gave (weight share x fit x 100)."""
    evidence: tuple[Evidence, ...]
    """Sentences behind the weighted needs, strongest first, caveats last."""
    silent: tuple[str, ...]
    """Weighted needs the article says nothing about for this subject."""
    missing_must: tuple[str, ...] = ()
    """Must-haves this subject has no counted evidence for."""

    @property
    def meets_must(self) -> bool:
        """Whether the evidence covers every must-have (true when there are none)."""
        return not self.missing_must


@dataclass(frozen=True)
class Flip:
    """The smallest single weight change that puts ``subject`` first on its own."""

    subject: str
    need: str
    from_share: float
    """The need's current share of the weights, in percent."""
    to_share: float

    def describe(self, labels: Mapping[str, str] | None = None) -> str:
        label = (labels or {}).get(self.need, self.need)
        return (
            f"{self.subject} would rank first if '{label}' weighed "
            f"{_percent(self.to_share)} instead of {_percent(self.from_share)}"
        )


@dataclass(frozen=True)
class Ranking:
    """The chooser's answer for one article and one set of weights."""

    article_id: str
    shares: dict[str, float]
    """Need id -> share of the weights (0..1, summing to 1 unless every weight is 0)."""
    ranked: tuple[SubjectScore, ...]
    silent_needs: tuple[str, ...]
    """Weighted needs the article says nothing about, for any subject."""
    flip: Flip | None
    must: tuple[str, ...] = ()
    """The must-haves: needs a subject must have evidence for to rank ahead of those without."""

    @property
    def top(self) -> tuple[str, ...]:
        """The first-ranked subject, or all of them when they tie (empty when nothing scores)."""
        return tuple(s.subject for s in self.ranked if s.rank == 1 and s.score > _EPS)

    @property
    def is_tie(self) -> bool:
        return len(self.top) > 1

    @property
    def weighted(self) -> bool:
        return any(v > 0 for v in self.shares.values())


def normalise(weights: Mapping[str, float]) -> dict[str, float]:
    """Weights as shares summing to 1, in the given order; all zero stays all zero."""
    total = sum(weights.values())
    if total <= 0:
        return dict.fromkeys(weights, 0.0)
    return {k: v / total for k, v in weights.items()}


def check_weights(weights: Mapping[str, float], known: Sequence[str]) -> None:
    """Raise :class:`UnknownNeedError` for an unknown need or a weight that is not a number >= 0."""
    for need, weight in weights.items():
        if need not in known:
            raise UnknownNeedError(f"unknown need {need!r}", known)
        if not isinstance(weight, int | float) or not math.isfinite(weight) or weight < 0:
            raise UnknownNeedError(f"the weight of {need!r} must be a number >= 0", known)


def fits(article: Article, evidence: Sequence[Evidence]) -> dict[str, dict[str, float]]:
    """Subject -> need -> fit (0..1) from the evidence; every subject of the article is present."""
    points: dict[str, dict[str, float]] = {s: {} for s in article.comparison.subjects}
    for ev in evidence:
        per_subject = points.setdefault(ev.subject, {})
        per_subject[ev.need] = per_subject.get(ev.need, 0.0) + ev.points
    return {
        s: {n: min(p, FULL_SUPPORT) / FULL_SUPPORT for n, p in needs.items()}
        for s, needs in points.items()
    }


def scores(fit: Mapping[str, Mapping[str, float]], shares: Mapping[str, float]) -> dict[str, float]:
    """Subject -> score out of 100."""
    return {
        s: 100.0 * sum(share * needs.get(n, 0.0) for n, share in shares.items())
        for s, needs in fit.items()
    }


def missing(
    fit: Mapping[str, Mapping[str, float]], must: Sequence[str]
) -> dict[str, tuple[str, ...]]:
    """Subject -> the must-haves it has no counted evidence for."""
    return {s: tuple(n for n in must if needs.get(n, 0.0) <= _EPS) for s, needs in fit.items()}


def rank_subjects(
    article: Article,
    weights: Mapping[str, float],
    tagger: Tagger | None = None,
    *,
    must: Sequence[str] = (),
    facts: Sequence[Fact] = (),
    extra: Sequence[Evidence] = (),
) -> Ranking:
    """Rank ``article``'s subjects for ``weights`` (need id -> weight >= 0, any scale).

    * ``must``: need ids that are requirements (their weight comes from ``weights``; see
      :func:`explorer.choosing.questions.add_must_haves`);
    * ``facts``: the corrections; evidence from a claim they mark carries its correction and
      counts by :data:`~explorer.choosing.evidence.CORRECTION_FACTORS`;
    * ``extra``: evidence from outside the article (``kind="fact"``, e.g. a facts matrix),
      counted like the article's own and listed after it.

    Needs given with weight 0 are kept: they show as 0 % and the sensitivity check may
    suggest raising them. Raises :class:`UnknownNeedError` for unknown needs or bad weights.
    """
    tagger = tagger or load_tagger()
    check_weights(weights, tagger.ids)
    check_weights(dict.fromkeys(must, 1.0), tagger.ids)
    shares = normalise(weights)
    evidence = [*tagger.article_evidence(article, facts), *extra]
    fit = fits(article, evidence)
    totals = scores(fit, shares)
    lacking = missing(fit, must)
    shown = [*(n for n, v in shares.items() if v > 0), *(n for n in must if not shares.get(n))]
    order = list(fit)
    ranks = _ranks(totals, order, lacking)
    ranked = tuple(
        SubjectScore(
            subject=s,
            score=totals[s],
            rank=ranks[s],
            contributions={n: 100.0 * shares[n] * fit[s].get(n, 0.0) for n in shares},
            evidence=_subject_evidence(evidence, s, shown),
            silent=tuple(
                n for n in shown if not any(e.subject == s and e.need == n for e in evidence)
            ),
            missing_must=lacking[s],
        )
        for s in sorted(order, key=lambda s: (ranks[s], order.index(s)))
    )
    silent = tuple(n for n in shown if not any(e.need == n for e in evidence))
    return Ranking(
        article_id=article.id,
        shares=shares,
        ranked=ranked,
        silent_needs=silent,
        flip=find_flip(fit, weights, must),
        must=tuple(must),
    )


def find_flip(
    fit: Mapping[str, Mapping[str, float]],
    weights: Mapping[str, float],
    must: Sequence[str] = (),
) -> Flip | None:
    """The smallest single change of one need's share (whole percents) that changes the winner.

    Changing one need's share rescales the others so the shares still sum to 100 %. A change
    counts when one subject then ranks first alone and it was not already alone at the top.
    Weights cannot outvote a must-have, so only subjects that meet them can become first.
    ``None`` when no single change does it (one weighted need, all weights zero, or a
    subject that wins whatever the weights).
    """
    shares = normalise(weights)
    if not fit or not any(v > 0 for v in shares.values()):
        return None
    lacking = missing(fit, must)
    order = [s for s in fit if not lacking[s]] or list(fit)
    current = _top(scores(fit, shares), order)
    best: tuple[float, int, Flip] | None = None
    for index, (need, share) in enumerate(shares.items()):
        rest = 1.0 - share
        if rest <= _EPS:
            continue
        for percent in range(101):
            new = percent / 100
            if abs(new - share) < _EPS:
                continue
            trial = {n: (new if n == need else s / rest * (1 - new)) for n, s in shares.items()}
            top = _top(scores(fit, trial), order)
            if len(top) != 1 or top == current:
                continue
            distance = round(abs(new - share), 9)  # 0.58-0.50 and 0.50-0.42 are one step
            if best is None or (distance, index) < (best[0], best[1]):
                best = (distance, index, Flip(top[0], need, 100 * share, float(percent)))
    return best[2] if best else None


def _top(totals: Mapping[str, float], order: Sequence[str]) -> tuple[str, ...]:
    high = max((totals[s] for s in order), default=0.0)
    return tuple(s for s in order if high - totals[s] < _EPS)


def _ranks(
    totals: Mapping[str, float], order: Sequence[str], lacking: Mapping[str, Sequence[str]]
) -> dict[str, int]:
    """Competition ranking (1, 1, 3): subjects meeting the must-haves first, equal scores tie."""

    def ahead(t: str, s: str) -> bool:
        if bool(lacking[t]) != bool(lacking[s]):
            return not lacking[t]
        return totals[t] - totals[s] > _EPS

    return {s: 1 + sum(1 for t in order if ahead(t, s)) for s in order}


def _subject_evidence(
    evidence: Sequence[Evidence], subject: str, needs: Sequence[str]
) -> tuple[Evidence, ...]:
    mine = [e for e in evidence if e.subject == subject and e.need in needs]
    return tuple(
        sorted(mine, key=lambda e: (needs.index(e.need), e.kind != "article", -e.points, e.line))
    )


def _percent(value: float) -> str:
    return f"{value:.0f} %" if abs(value - round(value)) < 0.05 else f"{value:.1f} %"
