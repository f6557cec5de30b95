"""Chooser: which subject of an article fits my needs, with the weights and the evidence shown.

Thin on purpose: read and check the URL, draw the inputs, call explorer.choosing.ranking, render.
Every input is bound to the URL, so a copied link reproduces the answer.
"""

import streamlit as st

from explorer.choosing import (
    MUST_HAVE_WEIGHT,
    QUESTIONS,
    rank_subjects,
    weights_from_answers,
)
from explorer.views.charts import contribution_figure
from explorer.views.markdown import literal_markdown
from ui.data import tagger
from ui.page import guarded, setup
from ui.params import url_choices
from ui.widgets import pick_article, url_multiselect

MODES = ("questions", "weights")
WEIGHT_STEPS = [str(i) for i in range(11)]
STRENGTH_WORDS = {
    "verdict": "the article's verdict",
    "summary": "the article's summary",
    "supporting": "supporting",
    "caveat": "a caveat, not counted",
}


with guarded("Chooser"):
    corpus = setup("Chooser")
    st.title("Which one fits my use case?")
    st.markdown(
        "Say what matters to you; the chooser ranks the article's subjects and shows every "
        'sentence behind each score. A verdict sentence ("best for", "ideal for") counts 3 '
        "points, the article's summary 2, any other sentence 1, a caveat 0; 4 points meet a need "
        "in full."
    )

    vocabulary = tagger()
    if vocabulary is None:
        st.stop()
    labels = {n.id: n.label for n in vocabulary.needs}
    article = pick_article(corpus)
    if not article.comparison.is_comparison:
        st.info(
            "This article has no separate subjects to choose between; read it on the Article page."
        )
        st.stop()

    url_choices("mode", MODES, what="way to set the weights")
    mode = st.radio(
        "How do you want to say what matters?",
        MODES,
        horizontal=True,
        key="mode",
        bind="query-params",
        help="questions: answer a few plain questions · weights: weigh needs yourself (0 to 10)",
    )

    if mode == "weights":
        chosen = url_multiselect(
            "Needs to weigh",
            vocabulary.ids,
            param="needs",
            what="need",
            format_func=labels.__getitem__,
        )
        weights: dict[str, float] = {}
        for need in chosen:
            key = f"w-{need}"
            url_choices(key, WEIGHT_STEPS, what="weight from 0 to 10")
            weights[need] = st.slider(
                labels[need],
                0,
                10,
                5,
                key=key,
                bind="query-params",
                help=vocabulary.by_id[need].description,
            )
    else:
        answers: dict[str, str | None] = {}
        for question in QUESTIONS:
            options = list(question.answers)
            url_choices(question.key, options, what="answer to this question")
            answers[question.key] = st.radio(
                question.prompt, options, index=None, key=question.key, bind="query-params"
            )
        must = url_multiselect(
            f"Must-haves (each adds weight {MUST_HAVE_WEIGHT:g})",
            vocabulary.ids,
            param="must",
            what="need",
            format_func=labels.__getitem__,
        )
        weights = weights_from_answers(answers, must)

    if not any(v > 0 for v in weights.values()):
        st.info("Answer a question or give a need a weight above 0 to see a ranking.")
        if article.comparison.summary:
            st.subheader("Meanwhile, the article's own verdicts")
            for subject, summary in article.comparison.summary.items():
                st.markdown(f"**{literal_markdown(subject)}**: {literal_markdown(summary)}")
        st.stop()

    ranking = rank_subjects(article, weights, vocabulary)
    shares = ", ".join(f"{labels[n]} {100 * v:.0f} %" for n, v in ranking.shares.items() if v > 0)
    st.caption(literal_markdown(f"Weights, normalised to 100 %: {shares}"))

    st.subheader("Ranking")
    if not ranking.top:
        st.warning("The article gives no evidence for any subject on these needs.")
    elif ranking.is_tie:
        st.markdown(f"**Tie for first:** {literal_markdown(' and '.join(ranking.top))}")
    else:
        best = ranking.ranked[0]
        st.markdown(f"**Best fit:** {literal_markdown(best.subject)} ({best.score:.0f} / 100)")
    flip = ranking.flip.describe(labels) if ranking.flip else None
    st.markdown(
        "**Sensitivity:** "
        + literal_markdown(
            flip + "." if flip else "no single weight change would put another subject first."
        )
    )
    for need in ranking.silent_needs:
        st.warning(
            literal_markdown(f"This article says nothing about '{labels[need]}' for any subject.")
        )

    st.plotly_chart(contribution_figure(ranking, labels), theme="streamlit")

    st.subheader("Evidence")
    for scored in ranking.ranked:
        with st.container(border=True):
            tie = " (tie)" if sum(1 for s in ranking.ranked if s.rank == scored.rank) > 1 else ""
            st.markdown(
                f"**{scored.rank}{tie}. {literal_markdown(scored.subject)}**: {scored.score:.1f} / 100"
            )
            for ev in scored.evidence:
                st.markdown(f"“{literal_markdown(ev.text)}”")
                st.caption(
                    literal_markdown(
                        f"{labels[ev.need]} · {STRENGTH_WORDS[ev.strength]} · "
                        f"from {ev.source}, line {ev.line} · matched '{ev.phrase}'"
                    )
                )
            for need in scored.silent:
                if need not in ranking.silent_needs:
                    st.caption(
                        literal_markdown(f"The article says nothing about '{labels[need]}' here.")
                    )
