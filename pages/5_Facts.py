"""Facts: sourced, dated facts per subject, side by side, with a release timeline."""

import streamlit as st

from explorer.facts import FACT_GROUPS, group_label, timeline_figure, timeline_frame
from explorer.views.markdown import plain_text
from ui.facts import draw_row, facts_matrix, plain_table
from ui.page import guarded, setup
from ui.widgets import url_multiselect, url_selectbox

with guarded("Facts"):
    setup("Facts")
    st.title("Facts")
    st.markdown(
        "What primary sources (repository files, release notes, official docs) say about each "
        "subject, with the date each value holds for. *Unknown* means no primary source "
        "confirmed it; nothing here is a guess."
    )

    matrix = facts_matrix()
    if not matrix.subjects:
        st.warning(
            "No facts could be loaded: add one `<subject>.yaml` file per subject to `data/facts/`."
        )
        st.stop()
    st.caption(f"Data checked on {matrix.checked}.")

    names = list(matrix.names)
    subjects = url_multiselect(
        "Subjects",
        names,
        param="subjects",
        what="subject in the facts",
        default=names,
        format_func=plain_text,
    )
    if not subjects:
        st.info("Pick at least one subject to see its facts.")
        st.stop()
    group = url_selectbox(
        "Fact group",
        ["all", *FACT_GROUPS],
        param="group",
        what="fact group",
        format_func=lambda g: "All groups" if g == "all" else group_label(g),
    )

    rows = matrix.rows(subjects, None if group == "all" else group)
    for row in rows:
        draw_row(row, subjects)

    st.subheader("Release timeline")
    timeline = timeline_frame(matrix, subjects)
    if timeline.empty:
        st.info("None of these subjects has a dated release fact.")
    else:
        st.caption(
            "A date known only to the month or year is placed at its start; hover for the date as the source gives it."
        )
        st.plotly_chart(timeline_figure(timeline), theme="streamlit")

    with st.expander("Plain table"):
        plain_table(rows, subjects)
