"""Explore: every claim of every article, with filters, search and downloads."""

import streamlit as st

from explorer.views.explore import (
    Filters,
    apply_filters,
    describe_filters,
    export_columns,
    need_options,
    options,
    to_csv,
    to_markdown,
)
from explorer.views.markdown import plain_text
from ui.data import claims, tagger
from ui.page import guarded, setup
from ui.params import url_choices, url_text
from ui.widgets import url_multiselect

with guarded("Explore"):
    corpus = setup("Explore")
    st.title("Explore")
    st.caption("Every claim of every article. Filters combine; an empty filter means all.")

    frame = claims()
    if frame.empty:
        st.warning(f"No claims to explore: no articles loaded from `{corpus.folder}`.")
        st.stop()

    titles = {a.id: plain_text(a.title) for a in corpus.articles}
    subjects = sorted(options(frame, "subject"), key=str.lower)
    attributes = sorted(options(frame, "attribute"), key=str.lower)
    vocabulary = tagger()
    need_labels = {n.id: n.label for n in vocabulary.needs} if vocabulary else {}
    need_ids = [n for n in need_labels if n in set(need_options(frame))]

    url_choices("subjects", subjects, what="subject", multi=True)
    url_choices("attributes", attributes, what="attribute", multi=True)
    url_text("q")

    query = st.text_input(
        "Search subject, attribute and text",
        key="q",
        bind="query-params",
        placeholder='e.g. scalab or "rapid prototyping"',
        max_chars=200,
    )
    columns = st.columns(2)
    with columns[0]:
        chosen_articles = url_multiselect(
            "Articles", corpus.ids, param="articles", what="article", format_func=titles.__getitem__
        )
    chosen_subjects = columns[1].multiselect(
        "Subjects", subjects, key="subjects", bind="query-params"
    )
    columns = st.columns(2)
    chosen_attributes = columns[0].multiselect(
        "Attributes", attributes, key="attributes", bind="query-params"
    )
    with columns[1]:
        chosen_needs = url_multiselect(
            "Needs",
            need_ids,
            param="needs",
            what="need",
            format_func=lambda n: need_labels.get(n, n),
            help="Needs a claim supports, as the Chooser reads them.",
        )

    filters = Filters(
        articles=tuple(chosen_articles),
        subjects=tuple(chosen_subjects),
        attributes=tuple(chosen_attributes),
        needs=tuple(chosen_needs),
        query=query,
    )
    shown = apply_filters(frame, filters)
    st.markdown(f"**{len(shown)}** of {len(frame)} claims match.")

    st.dataframe(
        shown,
        hide_index=True,
        row_height=78,  # three lines: long claims wrap instead of running off the cell
        placeholder="",  # a point with no attribute, a difference with no subject
        column_order=[
            "article",
            "subject",
            "attribute",
            "text",
            "source",
            "needs",
            "correction",
            "kind",
        ],
        column_config={
            "article": st.column_config.TextColumn("Article", width=180, help="The article's id"),
            "subject": st.column_config.TextColumn("Subject", width=110),
            "attribute": st.column_config.TextColumn("Attribute", width=120),
            "text": st.column_config.TextColumn("Claim", width=380),
            "source": st.column_config.LinkColumn(
                "Source",
                display_text=r"claim=(\d+)",
                width=70,
                help="Line in the article; opens the reader",
            ),
            "needs": st.column_config.TextColumn("Needs", help="Needs the claim supports"),
            "correction": st.column_config.TextColumn(
                "Correction", help="A dated, sourced note where the claim has gone stale"
            ),
            "kind": st.column_config.TextColumn(
                "Kind", help="attribute, point, summary or difference"
            ),
        },
        key="table",
    )

    if not shown.empty:
        title = f"Claims ({describe_filters(filters, titles)})"
        downloads = st.columns(2)
        downloads[0].download_button(
            "Download CSV",
            data=lambda: to_csv(shown),
            file_name="claims.csv",
            mime="text/csv",
            on_click="ignore",
            key="csv",
        )
        downloads[1].download_button(
            "Download Markdown",
            data=lambda: to_markdown(shown, title=title),
            file_name="claims.md",
            mime="text/markdown",
            on_click="ignore",
            key="markdown",
        )
        st.caption("Exports hold the " + ", ".join(export_columns(shown)) + " of the rows shown.")
