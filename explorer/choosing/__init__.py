"""The chooser: the needs vocabulary, tagging sentences with needs, ranking subjects for them.

By job: ``needs`` (the vocabulary file), ``questions`` (the plain questions file),
``tagging`` (sentences -> needs, with strength), ``ranking`` (the weighted decision matrix)
and ``report`` (the wording the CLI and the Chooser page share). Pages and the CLI import
from here; the modules inside are free to move.
"""

from typing import Any

from explorer.choosing.evidence import (
    CORRECTION_FACTORS,
    OUTDATED_FACTOR,
    STRENGTH_POINTS,
    Correction,
    Evidence,
    Strength,
)
from explorer.choosing.questions import (
    MUST_HAVE_WEIGHT,
    Question,
    add_must_haves,
    load_questions,
    weights_from_answers,
)
from explorer.choosing.ranking import Ranking, SubjectScore, UnknownNeedError, rank_subjects
from explorer.choosing.report import (
    HOW_IT_COUNTS,
    STRENGTH_WORDS,
    Headline,
    correction_text,
    evidence_caption,
    need_labels,
    rank_label,
    ranking_headline,
    sensitivity_text,
    strength_words,
    weights_text,
)
from explorer.choosing.tagging import Tagger, add_needs_column, load_tagger, need_mask, split_needs

__all__ = [
    "CORRECTION_FACTORS",
    "HOW_IT_COUNTS",
    "MUST_HAVE_WEIGHT",
    "OUTDATED_FACTOR",
    "QUESTIONS",
    "STRENGTH_POINTS",
    "STRENGTH_WORDS",
    "Correction",
    "Evidence",
    "Headline",
    "Question",
    "Ranking",
    "Strength",
    "SubjectScore",
    "Tagger",
    "UnknownNeedError",
    "add_must_haves",
    "add_needs_column",
    "correction_text",
    "evidence_caption",
    "load_questions",
    "load_tagger",
    "need_labels",
    "need_mask",
    "rank_label",
    "rank_subjects",
    "ranking_headline",
    "sensitivity_text",
    "split_needs",
    "strength_words",
    "weights_from_answers",
    "weights_text",
]


def __getattr__(name: str) -> Any:
    """``QUESTIONS``, kept for pages written before the questions moved to data/questions.yaml.

    Read on access, not on import, so a broken questions file is an error where it is used
    (prefer :func:`load_questions`, which raises ``ArticleError`` with the line).
    """
    if name == "QUESTIONS":
        return load_questions()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
