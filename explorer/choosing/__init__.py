"""The chooser: the needs vocabulary, tagging sentences with needs, ranking subjects for them.

Pages and the CLI import from here; the modules inside are free to move.
"""

from explorer.choosing.ranking import (
    MUST_HAVE_WEIGHT,
    QUESTIONS,
    Ranking,
    rank_subjects,
    weights_from_answers,
)
from explorer.choosing.tagging import Tagger, add_needs_column, load_tagger

__all__ = [
    "MUST_HAVE_WEIGHT",
    "QUESTIONS",
    "Ranking",
    "Tagger",
    "add_needs_column",
    "load_tagger",
    "rank_subjects",
    "weights_from_answers",
]
