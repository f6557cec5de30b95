"""Comparison explorer: load, repair and parse comparison articles into typed comparisons.

Nothing in this package imports Streamlit: the views in ``app.py`` and ``pages/`` call into it.
"""

from explorer.errors import ArticleError
from explorer.load import load_article, parse_article_bytes, parse_article_text
from explorer.model import Article, Claim, Comparison, claims_frame

__all__ = [
    "Article",
    "ArticleError",
    "Claim",
    "Comparison",
    "claims_frame",
    "load_article",
    "parse_article_bytes",
    "parse_article_text",
]
