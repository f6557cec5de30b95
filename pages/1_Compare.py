"""Compare: an article's subjects side by side, one row per attribute."""

import streamlit as st

from explorer.views.charts import coverage_figure
from explorer.views.compare import compare
from explorer.views.markdown import safe_markdown
from ui.claims import show_card, show_claims, show_side_by_side
from ui.data import facts
from ui.links import article_links
from ui.page import setup
from ui.widgets import pick_article, url_multiselect, url_toggle

corpus = setup("Compare")
st.title("Compare")

article = pick_article(corpus, forget=("subjects",))
comp = article.comparison
st.caption(f"{article.question} · {article.date or 'undated'}")
chosen = url_multiselect(
    "Subjects",
    comp.subjects,
    param="subjects",
    what="subject of this article",
    default=comp.subjects,
    help="Pick two or more to compare; the default is every subject.",
)
toggles = st.columns(2)
with toggles[0]:
    transpose = url_toggle("Subjects as rows", param="transpose")
with toggles[1]:
    only_differing = url_toggle("Only rows that differ", param="differ")

for warning in article.all_warnings:
    st.warning(warning)
article_links(article, here="Compare")

table = compare(article, chosen)
known_facts = facts()
if len(table.subjects) < 2 and comp.is_comparison:
    st.info("Choose at least two subjects to compare them side by side.")
for subject, summary in table.summary.items():
    st.markdown(f"**{subject}** in one line: {safe_markdown(summary)}")

cards = table.cards(transpose=transpose, only_differing=only_differing)
if table.attributes and table.subjects and not cards:
    st.info("The chosen subjects say the same thing on every attribute.")
for card in cards:
    show_card(article, card, known_facts)

if table.points and not table.attributes:
    # No attribute rows at all: the subjects' points side by side are the comparison.
    st.subheader("Points")
    show_side_by_side(article, table.point_lines(), known_facts)
elif table.points:
    st.subheader("Other points")
    for subject, points in table.points.items():
        with st.expander(f"{subject}: {len(points)} point(s) without an attribute"):
            show_claims(article, points, known_facts)

if table.differences:
    st.subheader("Key differences")
    for claim in table.differences:
        st.markdown(
            (f"**{claim.attribute}**: " if claim.attribute else "") + safe_markdown(claim.text)
        )
if table.attributes and table.subjects:
    st.subheader("Coverage")
    st.plotly_chart(coverage_figure(table.coverage()), theme="streamlit", key="coverage")
    st.caption(
        "Each cell counts the article's claims for that subject and attribute; 0 is not covered."
    )
if table.attributes:
    with st.expander("Plain table (copy or sort)"):
        st.dataframe(table.frame(transpose=transpose, only_differing=only_differing))
