"""``python -m explorer choose ARTICLE --need NEED[=WEIGHT] --must NEED ...``: the chooser without the app.

The same ranking the Chooser page shows, for scripts and for checking the chooser by hand,
with the corrections of ``data/facts.yaml`` on the evidence they mark. Exit codes: 0 ranked,
1 the article, the needs file or the facts file cannot be used, 2 a bad ``--need`` or
``--must`` (the message lists the known needs, so a typo is a one-step fix).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from explorer.choosing.evidence import Evidence
from explorer.choosing.fact_evidence import MatrixSubject, matrix_evidence
from explorer.choosing.questions import add_must_haves
from explorer.choosing.ranking import Ranking, UnknownNeedError, check_weights, rank_subjects
from explorer.choosing.report import (
    correction_text,
    need_labels,
    ranking_headline,
    sensitivity_text,
    strength_words,
    weights_text,
)
from explorer.choosing.tagging import load_tagger
from explorer.errors import ArticleError
from explorer.facts import Fact, load_facts
from explorer.facts.matrix import load_matrix
from explorer.load import load_article
from explorer.model import Article
from explorer.paths import DEFAULT_FACTS


def run_choose(args: argparse.Namespace, out: TextIO) -> int:
    """Run the ``choose`` command for parsed ``args``; print to ``out``, errors to stderr."""
    try:
        tagger = load_tagger(args.needs_file)
    except ArticleError as exc:
        return _fail(f"the needs file cannot be used: {exc}", 1)
    try:
        must = list(dict.fromkeys(m.strip() for m in args.must))
        check_weights(dict.fromkeys(must, 1.0), tagger.ids)
        weights = add_must_haves(parse_needs(args.need, tagger.ids, allow_none=bool(must)), must)
    except UnknownNeedError as exc:
        return _fail(str(exc), 2)
    try:
        facts: tuple[Fact, ...] = load_facts(args.facts_file or DEFAULT_FACTS)
    except ArticleError as exc:
        return _fail(f"the facts file cannot be used: {exc}", 1)
    try:
        article = load_article(args.article)
    except ArticleError as exc:
        return _fail(str(exc), 1)
    extra: list[Evidence] = []
    if args.with_facts:
        try:
            subjects = _matrix_subjects()
        except ArticleError as exc:
            return _fail(f"the facts matrix cannot be used: {exc}", 1)
        extra = matrix_evidence(subjects, article.comparison.subjects, tagger)
    ranking = rank_subjects(article, weights, tagger, must=must, facts=facts, extra=extra)
    labels = need_labels(tagger)
    if args.json:
        json.dump(ranking_json(ranking, labels), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        print(ranking_text(article, ranking, labels), file=out)
    return 0


def _matrix_subjects() -> Sequence[MatrixSubject]:
    """The facts matrix's subjects; its problems are warnings (the other subjects still count)."""
    matrix = load_matrix()
    for problem in matrix.problems:
        print(f"warning: {problem}", file=sys.stderr)
    return tuple(matrix.subjects)


def parse_needs(
    values: list[str], known: tuple[str, ...], *, allow_none: bool = False
) -> dict[str, float]:
    """``["research", "production-deployment=2"]`` -> ``{"research": 1.0, ...}``; repeats add up.

    No ``--need`` at all is an error unless ``allow_none`` (must-haves give the weights).
    """
    if not values and not allow_none:
        raise UnknownNeedError("give at least one --need NEED[=WEIGHT] or --must NEED", known)
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
                "meets_must": s.meets_must,
                "evidence": [
                    {
                        "need": e.need,
                        "text": e.text,
                        "phrase": e.phrase,
                        "strength": e.strength,
                        "source": e.source,
                        "line": e.line,
                        "kind": e.kind,
                        "points": round(e.points, 2),
                        "correction": e.correction.as_json() if e.correction else None,
                        "url": e.url,
                        "as_of": e.as_of,
                    }
                    for e in s.evidence
                ],
                "silent": list(s.silent),
                "missing_must": list(s.missing_must),
            }
            for s in ranking.ranked
        ],
        "shares": {n: round(100 * v, 2) for n, v in ranking.shares.items()},
        "must": list(ranking.must),
        "silent_needs": list(ranking.silent_needs),
        "tie": ranking.is_tie,
        "flip": ranking.flip.describe(labels) if ranking.flip else None,
    }


def ranking_text(article: Article, ranking: Ranking, labels: Mapping[str, str]) -> str:
    """A readable ranking: weights, the headline, each subject's score and quoted evidence."""
    lines = [f"{article.title}", ""]
    lines.append(f"Weights: {weights_text(ranking, labels, zero=True)}")
    if ranking.must:
        lines.append(f"Must-haves: {', '.join(labels[n] for n in ranking.must)}")
    if not article.comparison.subjects:
        lines.append("This article has no separate subjects to rank.")
        return "\n".join(lines)
    if not ranking.weighted:
        lines.append("Every weight is 0: give at least one need a weight above 0.")
    headline = ranking_headline(ranking, labels)
    lines.append(headline.text)
    if headline.reason:
        lines.append(headline.reason)
    for s in ranking.ranked:
        unmet = "" if s.meets_must else " (misses a must-have)"
        lines.append(f"{s.rank}. {s.subject}: {s.score:.1f} / 100{unmet}")
        for e in s.evidence:
            where = f"as of {e.as_of}, {e.source}, {e.url}" if e.kind == "fact" else ""
            where = where or f"{e.source}, line {e.line}"
            lines.append(f"     {labels[e.need]} ({strength_words(e)}), {where}:")
            lines.append(f'       "{e.text}"')
            if e.correction:
                lines.append(f"       {correction_text(e)}")
        for need in s.silent:
            lines.append(f"     The article says nothing about {labels[need]} for {s.subject}.")
    for need in ranking.silent_needs:
        lines.append(f"This article says nothing about {labels[need]} for any subject.")
    lines.append(f"Sensitivity: {sensitivity_text(ranking, labels)}")
    return "\n".join(lines)


def _fail(message: str, code: int) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code
