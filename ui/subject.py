"""Streamlit glue for the Subject page: the subject picker, links, and quotes with their source.

The logic (matching names across articles, themes, pairs) is :mod:`explorer.views.subject`;
this module only reads and writes the URL (``name``, ``theme``, ``left``, ``right``) and draws.
Links are relative (``Article?article=ID&claim=LINE``) so they work under any host or base path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from explorer.facts import Fact
from explorer.views.markdown import literal_markdown, notice_markdown, plain_text, safe_markdown
from explorer.views.subject import KnownSubject, Quote, SubjectView, find_subject
from explorer.wording import counted
from ui.corrections import show_corrections
from ui.links import claim_link, subject_link
from ui.widgets import url_selectbox

ALL_THEMES = ""
FORGET_ON_SUBJECT_CHANGE = ("theme", "left", "right")


def pick_subject(known: Sequence[KnownSubject]) -> KnownSubject:
    """The subject of ``?name=`` (matched leniently), or a picker; stops on an unknown name.

    A lenient match is rewritten to the subject's own name, so the link reads as the page does.
    """
    if not known:
        st.warning("No article names a subject yet, so there is none to follow.")
        st.stop()
    raw = st.query_params.get("name")
    lookup = find_subject(known, raw)
    if lookup.notice:
        (st.info if lookup.subject else st.warning)(notice_markdown(lookup.notice))
    if raw and lookup.subject is None:
        known_list(known)
        st.stop()
    names = [k.name for k in known]
    if lookup.subject is not None and raw != lookup.subject.name:
        st.query_params["name"] = lookup.subject.name

    def forget() -> None:
        for param in FORGET_ON_SUBJECT_CHANGE:
            st.query_params.pop(param, None)

    chosen = url_selectbox(
        "Subject",
        names,
        param="name",
        what="subject",
        format_func=_with_count(known),
        on_change=forget,
    )
    return known[names.index(chosen)]


def _with_count(known: Sequence[KnownSubject]) -> Callable[[str], str]:
    labels = {k.name: plain_text(f"{k.name} ({_articles(len(k.article_ids))})") for k in known}
    return labels.__getitem__


def _articles(count: int) -> str:
    return counted(count, "article")


def known_list(known: Sequence[KnownSubject]) -> None:
    """Every known subject as a link, most-compared first."""
    st.markdown("**Subjects the articles compare:**")
    st.markdown(
        "\n".join(
            f"- [{literal_markdown(k.name)}]({subject_link(k.name)}) "
            f"({_articles(len(k.article_ids))})"
            for k in known
        )
    )


def pick_theme(view: SubjectView) -> str:
    """``?theme=``: one theme, or every theme (the default, left out of the URL)."""
    labels = {ALL_THEMES: "All themes", **{t.need: t.label for t in view.themes}}
    return url_selectbox(
        "Theme",
        list(labels),
        param="theme",
        what="theme of this subject",
        format_func=labels.__getitem__,
    )


def pick_pair(view: SubjectView, default: tuple[str, str]) -> tuple[str, str]:
    """``?left=`` and ``?right=``: the two articles set side by side."""
    ids = list(view.subject.article_ids)
    titles = _titles(view)
    cols = st.columns(2)
    with cols[0]:
        left = url_selectbox(
            "Left",
            ids,
            param="left",
            what="article about this subject",
            format_func=titles.__getitem__,
            default=default[0],
        )
    with cols[1]:
        right = url_selectbox(
            "Right",
            ids,
            param="right",
            what="article about this subject",
            format_func=titles.__getitem__,
            default=default[1],
        )
    return left, right


def _titles(view: SubjectView) -> dict[str, str]:
    quotes = (*[q for t in view.themes for q in t.quotes], *view.other, *view.mentions)
    found = {q.article_id: q.title for q in quotes}
    return {i: plain_text(found.get(i, i)) for i in view.subject.article_ids}


def quotes_by_article(quotes: Sequence[Quote], facts: Sequence[Fact] = ()) -> None:
    """Quotes under their article's title and date, in the order given (articles first seen)."""
    order = list(dict.fromkeys(q.article_id for q in quotes))
    for article_id in order:
        mine = [q for q in quotes if q.article_id == article_id]
        date = literal_markdown(mine[0].date or "undated")
        st.markdown(f"**{literal_markdown(mine[0].title)}** · {date}")
        for q in mine:
            quote(q, facts=facts)


def quote(q: Quote, *, side: str | None = None, facts: Sequence[Fact] = ()) -> None:
    """A sentence as the article has it (made safe), then where it is from, as a link, then
    the corrections (``facts``) that apply to it, in the one correction look.

    ``side`` ("Left", "Right") names the article in a pair, since a phone stacks the columns.
    """
    st.markdown(safe_markdown(q.text))
    parts = [literal_markdown(q.label), f"[line {q.line}]({claim_link(q.article_id, q.line)})"]
    if side:
        parts.insert(0, f"{side} article, {literal_markdown(q.date or 'undated')}")
    if q.strength == "caveat":
        parts.append("mentioned as a weakness")
    st.caption(" · ".join(parts))
    show_corrections([f for f in facts if f.applies_to(q.article_id, q.subject, q.text)], q.date)


def silent(subject: str, theme: str, side: str) -> None:
    st.caption(
        f"{side} article: says nothing about {theme.lower()} for {literal_markdown(subject)}."
    )
