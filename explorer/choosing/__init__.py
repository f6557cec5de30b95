"""The chooser: the needs vocabulary, tagging sentences with needs, ranking subjects for them.

By job: ``needs`` (the vocabulary file), ``questions`` (the plain questions file),
``tagging`` (sentences -> needs, with strength), ``ranking`` (the weighted decision matrix)
and ``report`` (the wording the CLI and the Chooser page share). Pages and the CLI import
from here; the modules inside are free to move.
"""

from typing import Any

from explorer.choosing.questions import (
    MUST_HAVE_WEIGHT,
    Question,
    load_questions,
    weights_from_answers,
)
from explorer.choosing.ranking import Ranking, rank_subjects
from explorer.choosing.tagging import Tagger, add_needs_column, load_tagger

__all__ = [
    "MUST_HAVE_WEIGHT",
    "QUESTIONS",
    "Question",
    "Ranking",
    "Tagger",
    "add_needs_column",
    "load_questions",
    "load_tagger",
    "rank_subjects",
    "weights_from_answers",
]


def __getattr__(name: str) -> Any:
    """``QUESTIONS``, kept for pages written before the questions moved to data/questions.yaml.

    Read on access, not on import, so a broken questions file is an error where it is used
    (prefer :func:`load_questions`, which raises ``ArticleError`` with the line).
    """
    if name == "QUESTIONS":
        return load_questions()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
