"""Subject: one subject across every article, grouped by theme, two articles side by side."""

import streamlit as st

from explorer.views.collections import featured_first, home_list
from explorer.views.markdown import literal_markdown
from explorer.views.subject import default_pair, known_subjects, pair_rows, subject_view
from explorer.wording import counted
from ui import subject as show
from ui.data import facts, tagger
from ui.page import guarded, setup

with guarded("Subject"):
    corpus = setup("Subject")
    st.title("One subject across articles")
    st.caption(
        "Everything the articles say about one subject, by theme, each with its source line."
    )

    articles = featured_first(corpus.articles, home_list(corpus.articles).featured_id)
    known = known_subjects(articles)
    subject = show.pick_subject(known)
    needs = tagger()
    if needs is None:
        st.stop()
    view = subject_view(articles, subject, needs)
    corrections = facts()

    name = literal_markdown(subject.name)
    spelled = [s for s in subject.spellings if s != subject.name]
    st.header(name)
    st.caption(
        f"{counted(view.claim_count, 'claim')} in {counted(len(subject.article_ids), 'article')}"
        + (f" · also written {', '.join(literal_markdown(s) for s in spelled)}" if spelled else "")
    )

    by_theme, side_by_side = st.tabs(["By theme", "Two articles side by side"])
    with by_theme:
        wanted = show.pick_theme(view)
        for theme in view.themes:
            if wanted and theme.need != wanted:
                continue
            st.subheader(theme.label)
            st.caption(f"{theme.description} · {counted(len(theme.article_ids), 'article')}")
            show.quotes_by_article(theme.quotes, corrections)
        if not wanted and view.other:
            st.subheader("Other claims")
            st.caption("Claims that speak to none of the themes, shown whole.")
            show.quotes_by_article(view.other, corrections)
        if not wanted and view.mentions:
            st.subheader("Key differences that name it")
            show.quotes_by_article(view.mentions, corrections)

    with side_by_side:
        pair = default_pair(view, wanted or None)
        if pair is None:
            st.info(
                f"Only one article compares {name}, so there is no second article to set beside it."
            )
        else:
            left, right = show.pick_pair(view, pair)
            for row in pair_rows(view, left, right):
                st.markdown(f"**{row.theme.label}**")
                cols = st.columns(2)
                for col, side, quotes in zip(
                    cols, ("Left", "Right"), (row.left, row.right), strict=True
                ):
                    with col:
                        for q in quotes:
                            show.quote(q, side=side, facts=corrections)
                        if not quotes:
                            show.silent(subject.name, row.theme.label, side)
