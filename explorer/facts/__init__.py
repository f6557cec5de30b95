"""Dated, sourced facts: corrections for stale claims, and the per-subject facts matrix.

Pages and the CLI import from here; the modules inside are free to move.
"""

from explorer.facts.corrections import (
    CORRECTION_COLUMNS,
    Fact,
    annotate_article,
    annotate_frame,
    check_facts_file,
    corrections_for,
    load_facts,
    note_markdown,
    note_text,
)
from explorer.facts.matrix import (
    DEFAULT_FACTS_DIR,
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

__all__ = [
    "CORRECTION_COLUMNS",
    "DEFAULT_FACTS_DIR",
    "FACT_GROUPS",
    "MATRIX_STATUSES",
    "Fact",
    "FactRow",
    "FactsMatrix",
    "MatrixFact",
    "SubjectFacts",
    "annotate_article",
    "annotate_frame",
    "cell_markdown",
    "check_facts_file",
    "check_matrix_file",
    "corrections_for",
    "fact_files",
    "group_label",
    "load_facts",
    "load_matrix",
    "matrix_frame",
    "matrix_json",
    "note_markdown",
    "note_text",
    "status_badge",
    "timeline_figure",
    "timeline_frame",
]
