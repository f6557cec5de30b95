"""Reading comparison articles: Markdown blocks, outline, names and the shape rules."""

from explorer.parsing.markdown import parse_blocks
from explorer.parsing.question import read_question
from explorer.parsing.shapes import SHAPES, parse_comparison

__all__ = ["SHAPES", "parse_blocks", "parse_comparison", "read_question"]
