"""Reading comparison articles: Markdown blocks, outline, names and the shape rules."""

from explorer.parsing.shapes import SHAPES, parse_comparison

__all__ = ["SHAPES", "parse_comparison"]
