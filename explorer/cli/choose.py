"""``python -m explorer choose ARTICLE --need NEED[=WEIGHT] ...``: the chooser without the app.

The same ranking the Chooser page shows, for scripts and for checking the chooser by hand.
Exit codes: 0 ranked, 1 the article or the needs file cannot be used, 2 a bad ``--need``
(the message lists the known needs, so a typo is a one-step fix).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Mapping
from typing import Any, TextIO

from explorer.choosing.ranking import Ranking, UnknownNeedError, check_weights, rank_subjects
from explorer.choosing.tagging import Tagger, load_tagger
from explorer.errors import ArticleError
from explorer.load import load_article
from explorer.model import Article


def run_choose(args: argparse.Namespace, out: TextIO) -> int:
    """Run the ``choose`` command for parsed ``args``; print to ``out``, errors to stderr."""
    try:
        tagger = load_tagger(args.needs_file)
    except ArticleError as exc:
        return _fail(f"the needs file cannot be used: {exc}", 1)
    try:
        weights = parse_needs(args.need, tagger.ids)
    except UnknownNeedError as exc:
        return _fail(str(exc), 2)
    try:
        article = load_article(args.article)
    except ArticleError as exc:
        return _fail(str(exc), 1)
    ranking = rank_subjects(article, weights, tagger)
    if args.json:
        labels = {n.id: n.label for n in tagger.needs}
        json.dump(ranking_json(ranking, labels), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        print(ranking_text(article, ranking, tagger), file=out)
    return 0


def parse_needs(values: list[str], known: tuple[str, ...]) -> dict[str, float]:
    """``["research", "production-deployment=2"]`` -> ``{"research": 1.0, ...}``; repeats add up."""
    if not values:
        raise UnknownNeedError("give at least one --need NEED[=WEIGHT]", known)
    weights: dict[str, float] = {}
    for value in values:
        need, _, raw = value.partition("=")
        need = need.strip()
        try:
            weight = float(raw) if raw.strip() else 1.0
        except ValueError:
            raise UnknownNeedError(f"the weight in {value!r} is not a number", known) from None
        if not math.isfinite(weight) or weight < 0:
            raise UnknownNeedError(f"the weight in {value!r} must be a number >= 0", known)
        weights[need] = weights.get(need, 0.0) + weight
    check_weights(weights, known)
    return weights


def ranking_json(ranking: Ranking, labels: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The ``--json`` record: ranking (subject, score, evidence) and the sensitivity line."""
    return {
        "ranking": [
            {
                "subject": s.subject,
                "score": round(s.score, 2),
                "rank": s.rank,
                "contributions": {n: round(v, 2) for n, v in s.contributions.items()},
                "evidence": [
                    {
                        "need": e.need,
                        "text": e.text,
                        "phrase": e.phrase,
                        "strength": e.strength,
                        "source": e.source,
                        "line": e.line,
                    }
                    for e in s.evidence
                ],
                "silent": list(s.silent),
            }
            for s in ranking.ranked
        ],
        "shares": {n: round(100 * v, 2) for n, v in ranking.shares.items()},
        "silent_needs": list(ranking.silent_needs),
        "tie": ranking.is_tie,
        "flip": ranking.flip.describe(labels) if ranking.flip else None,
    }


def ranking_text(article: Article, ranking: Ranking, tagger: Tagger) -> str:
    """A readable ranking: weights, each subject's score and its quoted evidence."""
    labels = {n.id: n.label for n in tagger.needs}
    lines = [f"{article.title}", ""]
    shares = ", ".join(f"{labels[n]} {100 * v:.0f} %" for n, v in ranking.shares.items())
    lines.append(f"Weights: {shares}")
    if not article.comparison.subjects:
        lines.append("This article has no separate subjects to rank.")
        return "\n".join(lines)
    if not ranking.weighted:
        lines.append("Every weight is 0: give at least one need a weight above 0.")
    if ranking.is_tie:
        lines.append(f"Tie for first: {' and '.join(ranking.top)}")
    for s in ranking.ranked:
        lines.append(f"{s.rank}. {s.subject}: {s.score:.1f} / 100")
        for e in s.evidence:
            mark = " (caveat, not counted)" if e.strength == "caveat" else f" ({e.strength})"
            lines.append(f"     {labels[e.need]}{mark}, {e.source}, line {e.line}:")
            lines.append(f'       "{e.text}"')
        for need in s.silent:
            lines.append(f"     The article says nothing about {labels[need]} for {s.subject}.")
    for need in ranking.silent_needs:
        lines.append(f"This article says nothing about {labels[need]} for any subject.")
    flip = ranking.flip.describe(labels) if ranking.flip else "no single weight change"
    lines.append(f"Sensitivity: {flip}.")
    return "\n".join(lines)


def _fail(message: str, code: int) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code
