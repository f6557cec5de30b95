"""Chooser: which subject of an article fits my needs, answer first, the evidence behind it."""

import streamlit as st

from explorer.views.charts import contribution_figure
from explorer.views.chooser import (
    EXPLANATION,
    FACTS_ARTICLE_ONLY,
    HOW_IT_COUNTS,
    NO_EVIDENCE,
    chooser_report,
    verdicts,
)
from explorer.views.markdown import literal_markdown
from ui.chooser import answered, chooser_weights, evidence_card, facts_choice
from ui.data import facts, tagger
from ui.facts import facts_matrix
from ui.links import article_links
from ui.page import guarded, setup
from ui.widgets import pick_article

with guarded("Chooser"):
    corpus = setup("Chooser")
    st.title("Which one fits my use case?")
    st.markdown(EXPLANATION)
    vocabulary = tagger()
    if vocabulary is None:
        st.stop()
    answer = st.container()  # filled below: a link with answers opens on the answer
    with st.expander("How the chooser counts", expanded=not answered(vocabulary)):
        st.markdown(literal_markdown(HOW_IT_COUNTS))
    article = pick_article(corpus)
    article_links(article, here="Chooser")
    if not article.comparison.is_comparison:
        st.info(
            "This article has no separate subjects to choose between; read it on the Article page."
        )
        st.stop()

    weights, must = chooser_weights(vocabulary)
    alone = facts_choice() == FACTS_ARTICLE_ONLY
    if not any(v > 0 for v in weights.values()):
        st.info("Answer a question or give a need a weight above 0 to see a ranking.")
        if article.comparison.summary:
            st.subheader("Meanwhile, the article's own verdicts")
            for line in verdicts(article):
                st.markdown(line)
        st.stop()

    corrections = facts()
    matrix = () if alone else facts_matrix().subjects
    report = chooser_report(
        article, weights, vocabulary, must=must, facts=corrections, matrix=matrix
    )
    with answer, st.container(border=True):
        st.markdown(report.headline or NO_EVIDENCE)
        if report.reason:
            st.markdown(report.reason)
        st.caption(report.shares)
        st.plotly_chart(contribution_figure(report.ranking, report.labels), theme="streamlit")
        st.markdown(report.sensitivity)
        for line in report.silent_needs:
            st.warning(line)
        st.caption("Change the answers below; every answer is in the link.")

    st.subheader("Evidence")
    if report.facts_note:
        st.caption(report.facts_note)
    by_id = {f.id: f for f in corrections}
    for card in report.cards:
        evidence_card(card, by_id, article.date)
