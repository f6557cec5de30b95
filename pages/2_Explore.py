"""Explore: every claim of every article, with filters, search and downloads."""

import streamlit as st

from explorer.views.chooser import need_labels
from explorer.views.explore import apply_filters, describe_filters, sort_frame
from explorer.views.markdown import literal_markdown, plain_text
from ui.data import claims, facts, tagger
from ui.page import guarded, setup
from ui.tables import claims_table, explore_filters, export_buttons

with guarded("Explore"):
    corpus = setup("Explore")
    st.title("Explore")
    st.caption("Every claim of every article. Filters combine; an empty filter means all.")

    frame = claims()
    if frame.empty:
        folder = literal_markdown(str(corpus.folder))
        st.warning(f"No claims to explore: no articles loaded from {folder}.")
        st.stop()

    titles = {a.id: plain_text(a.title) for a in corpus.articles}
    vocabulary = tagger()
    labels = need_labels(vocabulary) if vocabulary else {}
    filters, sort = explore_filters(frame, corpus.ids, titles, labels)
    shown = sort_frame(apply_filters(frame, filters), sort)
    corrected = int((frame["correction_status"].fillna("") != "").sum())
    st.markdown(f"**{len(shown)}** of {len(frame)} claims match.")
    st.caption(f"{corrected} of all claims carry a dated correction; filter them above.")
    claims_table(shown)

    if not shown.empty:
        export_buttons(
            shown,
            title=f"Claims ({describe_filters(filters, titles)})",
            facts=facts(),
            labels=labels,
            article_dates={a.id: a.date for a in corpus.articles},
        )
