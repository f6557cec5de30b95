"""Chooser: which subject of an article fits my needs, with the weights and the evidence shown."""

import streamlit as st

from explorer.views.charts import contribution_figure
from explorer.views.chooser import EXPLANATION, NO_EVIDENCE, chooser_report, verdicts
from ui.chooser import chooser_weights
from ui.data import tagger
from ui.links import article_links
from ui.page import setup
from ui.widgets import pick_article

corpus = setup("Chooser")
st.title("Which one fits my use case?")
st.markdown(EXPLANATION)

vocabulary = tagger()
if vocabulary is None:
    st.stop()
article = pick_article(corpus)
article_links(article, here="Chooser")
if not article.comparison.is_comparison:
    st.info("This article has no separate subjects to choose between; read it on the Article page.")
    st.stop()

weights = chooser_weights(vocabulary)
if not any(v > 0 for v in weights.values()):
    st.info("Answer a question or give a need a weight above 0 to see a ranking.")
    if article.comparison.summary:
        st.subheader("Meanwhile, the article's own verdicts")
        for line in verdicts(article):
            st.markdown(line)
    st.stop()

report = chooser_report(article, weights, vocabulary)
st.caption(report.shares)
st.subheader("Ranking")
if report.headline:
    st.markdown(report.headline)
else:
    st.warning(NO_EVIDENCE)
st.markdown(report.sensitivity)
for line in report.silent_needs:
    st.warning(line)

st.plotly_chart(contribution_figure(report.ranking, report.labels), theme="streamlit")

st.subheader("Evidence")
for card in report.cards:
    with st.container(border=True):
        st.markdown(card.heading)
        for quote in card.quotes:
            st.markdown(quote.text)
            st.caption(quote.caption)
        for line in card.silent:
            st.caption(line)
