"""Dated, sourced facts: corrections for stale claims, and the per-subject facts matrix.

Articles are snapshots: the seed article (2024-11-26) still says Keras runs on Theano and CNTK.
We never edit an article to fix it; instead a *fact* in ``data/facts.yaml`` says what is true
now, which primary sources say so, the date each source carries and the day we checked.

The package by job: ``dates`` (partial dates), ``schema`` (what a fact is, how it matches a
claim), ``loading`` (the file, its schema problems, :func:`load_facts`), ``checks`` (the named
checks, in one tuple), ``apply`` (facts per claim, per article, per frame row), ``notes``
(the wording), ``badges`` (the one look of a correction, and its export columns) and
``changes`` ("what changed since this article"). Pages and the CLI import from here; the
modules inside are free to move.
"""

from explorer.facts.apply import (
    CORRECTION_COLUMNS,
    annotate_article,
    annotate_frame,
    corrections_for,
)
from explorer.facts.badges import (
    EXPORT_COLUMNS,
    EXPORT_SEPARATOR,
    STATUS_LOOKS,
    BadgeSource,
    CorrectionBadge,
    correction_badge,
    correction_badges,
    export_columns,
    first_sentence,
    status_label,
    with_export_columns,
)
from explorer.facts.changes import (
    EXPLORE_ARTICLES_PARAM,
    EXPLORE_CORRECTED_PARAM,
    ArticleChanges,
    StatusClaims,
    article_changes,
)
from explorer.facts.checks import FACT_CHECKS
from explorer.facts.dates import date_period
from explorer.facts.loading import check_facts_file, load_facts
from explorer.facts.matrix import (
    FactRow,
    FactsMatrix,
    check_matrix_file,
    fact_files,
    load_matrix,
    matrix_json,
)
from explorer.facts.matrix_schema import FACT_GROUPS, MATRIX_STATUSES, MatrixFact, SubjectFacts
from explorer.facts.matrix_views import (
    cell_markdown,
    group_label,
    matrix_frame,
    status_badge,
    timeline_figure,
    timeline_frame,
)
from explorer.facts.notes import note_markdown, note_text
from explorer.facts.schema import STATUS_LABELS, STATUSES, Fact, Source, Status, phrase_pattern
from explorer.paths import DEFAULT_FACTS_DIR

__all__ = [
    "CORRECTION_COLUMNS",
    "DEFAULT_FACTS_DIR",
    "EXPLORE_ARTICLES_PARAM",
    "EXPLORE_CORRECTED_PARAM",
    "EXPORT_COLUMNS",
    "EXPORT_SEPARATOR",
    "FACT_CHECKS",
    "FACT_GROUPS",
    "MATRIX_STATUSES",
    "STATUSES",
    "STATUS_LABELS",
    "STATUS_LOOKS",
    "ArticleChanges",
    "BadgeSource",
    "CorrectionBadge",
    "Fact",
    "FactRow",
    "FactsMatrix",
    "MatrixFact",
    "Source",
    "Status",
    "StatusClaims",
    "SubjectFacts",
    "annotate_article",
    "annotate_frame",
    "article_changes",
    "cell_markdown",
    "check_facts_file",
    "check_matrix_file",
    "correction_badge",
    "correction_badges",
    "corrections_for",
    "date_period",
    "export_columns",
    "fact_files",
    "first_sentence",
    "group_label",
    "load_facts",
    "load_matrix",
    "matrix_frame",
    "matrix_json",
    "note_markdown",
    "note_text",
    "phrase_pattern",
    "status_badge",
    "status_label",
    "timeline_figure",
    "timeline_frame",
    "with_export_columns",
]
