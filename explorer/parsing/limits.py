"""The parser's limits: past each, the article is cut (with a warning saying where and why).

Without them one hostile or careless file could take the app down: 400 nested ``- `` drove
the block walk past Python's recursion limit, a 50,000-row table or 5,000 subjects made the
Compare and Article pages run for minutes. Real comparisons stay far below every limit (the
published family nests lists four deep, compares at most a dozen subjects and says a few
hundred things), so a cut article is a broken or hostile one, and the warning says so.
"""

from __future__ import annotations

MAX_NESTING = 16
"""Lists and quotes nested deeper than this are kept as the text of the item (or quote)
that holds them, not read as blocks; it bounds every walk of the block tree."""

MAX_TABLE_ROWS = 1000
"""Rows of one table read; a side-by-side table longer than this is no longer readable."""

MAX_SUBJECTS = 60
"""Subjects one article may compare; statements about further ones are dropped."""

MAX_GROUPS = 400
"""Headings, bold paragraphs and bold items read as groups of statements; each is weighed
against every subject, so 5,000 headings took seconds."""

MAX_CLAIMS = 5000
"""Statements (claims, differences and summaries) read from one article."""


def cut_warning(line: int, what: str, limit: int, kept: str) -> str:
    """The warning for a cut: where (line), what passed which limit, and what was kept."""
    return f"line {line}: {what}, past the limit of {limit}; {kept}"
