"""Dated, sourced facts: corrections for stale claims, and what they say next to a claim.

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

__all__ = [
    "CORRECTION_COLUMNS",
    "Fact",
    "annotate_article",
    "annotate_frame",
    "check_facts_file",
    "corrections_for",
    "load_facts",
    "note_markdown",
    "note_text",
]
