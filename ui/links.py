"""Links between the pages: the one place that knows their routes and parameters.

``explorer/`` returns what a link points at (an article id, a line); only this module turns
that into a page route, so renaming a page or a parameter is a change here and in
``ui.page.PAGES``. Page links carry every parameter the target needs; the target's URL-synced
widgets (:mod:`ui.widgets`) then show exactly that, whatever the session saw before.
"""

from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from explorer.model import Article
from explorer.views.markdown import literal_markdown
from explorer.wording import counted

COMPARE = "pages/1_Compare.py"
EXPLORE = "pages/2_Explore.py"
ARTICLE = "pages/3_Article.py"
CHOOSER = "pages/4_Chooser.py"
FACTS = "pages/5_Facts.py"
SUBJECT = "pages/6_Subject.py"

READER_ROUTE = "Article"
"""The Article page's URL path (folder mode serves ``pages/3_Article.py`` at ``/Article``)."""
SUBJECT_ROUTE = "Subject"
"""The Subject page's URL path (``pages/6_Subject.py`` at ``/Subject``)."""


def reader_link(article_id: str, line: int) -> str:
    """A relative link to the Article reader with the claim at ``line`` highlighted.

    Relative, so it works under any host and base path (Community Cloud, a laptop, a proxy).
    """
    return f"{READER_ROUTE}?" + urlencode({"article": article_id, "claim": str(line)})


def claim_link(article_id: str, line: int) -> str:
    """The Article reader with one claim highlighted (the same link as :func:`reader_link`)."""
    return reader_link(article_id, line)


def subject_link(name: str) -> str:
    """A relative link to one subject across every article (``Subject?name=<name>``)."""
    return f"{SUBJECT_ROUTE}?" + urlencode({"name": name})


def subject_markdown(name: str) -> str:
    """``[name](Subject?name=...)``: a subject's name, shown as typed, opening its Subject view."""
    return f"[{literal_markdown(name)}]({subject_link(name)})"


def source_markdown(article_id: str, line: int) -> str:
    """``[source: line N](...)``: the caption under a claim, opening the line it came from."""
    return f"[source: line {line}]({reader_link(article_id, line)})"


def with_reader_links(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` (with ``article`` and ``line`` columns) plus a ``source`` reader link column."""
    linked = frame.copy()
    linked["source"] = [
        reader_link(a, int(line)) for a, line in zip(frame["article"], frame["line"], strict=True)
    ]
    return linked


def article_links(article: Article, *, here: str) -> None:
    """Links to the article's other views, each carrying ``?article=<id>``; ``here`` is left out.

    ``here`` is the page's menu label ("Compare", "Article", "Chooser" or "Home" for all three).
    """
    compares = article.comparison.is_comparison
    targets = [
        ("Compare", COMPARE, "Compare the subjects side by side" if compares else "Its key points"),
        ("Article", ARTICLE, "Read the article"),
        ("Chooser", CHOOSER, "Which one fits my use case?"),
    ]
    shown = [
        (page, label)
        for name, page, label in targets
        if name != here and (name != "Chooser" or compares)
    ]
    for column, (page, label) in zip(st.columns(len(shown)), shown, strict=True):
        column.page_link(page, label=label, query_params={"article": article.id})


def article_card(article: Article, *, label: str = "") -> None:
    """One article: its title, date, subjects and size, and links into each view."""
    comp = article.comparison
    with st.container(border=True):
        st.markdown(f"{label}**{literal_markdown(article.title)}**")
        subjects = ", ".join(comp.subjects) if comp.subjects else "no separate subjects"
        parts = [counted(len(comp.claims), "claim")] if comp.claims or comp.is_comparison else []
        if comp.differences:
            what = "key difference" if comp.is_comparison else "key point"
            parts.append(counted(len(comp.differences), what))
        counts = ", ".join(parts) or counted(0, "claim")
        st.caption(literal_markdown(f"{article.date or 'undated'} · {subjects} · {counts}"))
        article_links(article, here="Home")
