"""Explore: every claim of every article, with filters, search and downloads."""

import streamlit as st

from explorer.views.chooser import need_labels
from explorer.views.explore import (
    Filters,
    apply_filters,
    describe_filters,
    filter_choices,
)
from ui.data import claims, tagger
from ui.page import setup
from ui.tables import claims_table, export_buttons
from ui.widgets import url_multiselect, url_text_input

corpus = setup("Explore")
st.title("Explore")
st.caption("Every claim of every article. Filters combine; an empty filter means all.")

frame = claims()
if frame.empty:
    st.warning(f"No claims to explore: no articles loaded from `{corpus.folder}`.")
    st.stop()

titles = {a.id: a.title for a in corpus.articles}
vocabulary = tagger()
labels = need_labels(vocabulary) if vocabulary else {}
choices = filter_choices(frame, list(labels))

query = url_text_input(
    "Search subject, attribute and text",
    param="q",
    placeholder='e.g. scalab or "rapid prototyping"',
)
columns = st.columns(2)
with columns[0]:
    chosen_articles = url_multiselect(
        "Articles", corpus.ids, param="articles", what="article", format_func=titles.__getitem__
    )
with columns[1]:
    chosen_subjects = url_multiselect(
        "Subjects", choices.subjects, param="subjects", what="subject", key="subjects"
    )
columns = st.columns(2)
with columns[0]:
    chosen_attributes = url_multiselect(
        "Attributes", choices.attributes, param="attributes", what="attribute", key="attributes"
    )
with columns[1]:
    chosen_needs = url_multiselect(
        "Needs",
        choices.needs,
        param="needs",
        what="need",
        format_func=lambda n: labels.get(n, n),
        help="Needs a claim supports, as the Chooser reads them.",
    )

filters = Filters(
    tuple(chosen_articles),
    tuple(chosen_subjects),
    tuple(chosen_attributes),
    tuple(chosen_needs),
    query,
)
shown = apply_filters(frame, filters)
st.markdown(f"**{len(shown)}** of {len(frame)} claims match.")
claims_table(shown)

if not shown.empty:
    export_buttons(shown, title=f"Claims ({describe_filters(filters, titles)})")
