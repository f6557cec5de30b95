"""Counts in words: "1 article", "3 articles", never "article(s)".

A page that says "1 claim(s)" reads like a form; one place decides the plural so every page
says it the same way.
"""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``count`` (with thousands separators) and ``noun``, plural unless the count is one:
    ``counted(1, "claim")`` is "1 claim", ``counted(1_204, "claim")`` "1,204 claims",
    ``counted(2, "piece of evidence", "pieces of evidence")`` "2 pieces of evidence"."""
    word = noun if count == 1 else plural or f"{noun}s"
    return f"{count:,} {word}"
