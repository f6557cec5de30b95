"""The Chooser's Streamlit glue: its inputs (every answer in the URL) and its evidence cards.

The wording is :mod:`explorer.views.chooser`; this module draws it. A correction under a quote
is drawn by :func:`ui.corrections.show_corrections`, the one correction look of every page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import streamlit as st

from explorer.choosing import MUST_HAVE_WEIGHT, Tagger, load_questions, weights_from_answers
from explorer.facts import Fact
from explorer.views.chooser import FACTS_CHOICES, FACTS_WITH, Card, need_labels
from explorer.views.markdown import literal_markdown
from ui.corrections import show_corrections
from ui.links import subject_link
from ui.widgets import url_multiselect, url_radio, url_slider

MODES = ("questions", "weights")


def answered(tagger: Tagger) -> bool:
    """Whether the URL already carries answers or weights: then the page opens on the answer."""
    keys = {"must", "needs", *(q.key for q in load_questions(known_needs=tagger.ids))}
    return any(k in st.query_params for k in keys)


def chooser_weights(vocabulary: Tagger) -> tuple[dict[str, float], list[str]]:
    """Draw the mode switch and its inputs; return (need id -> weight, must-haves).

    All weights 0 means nothing said yet. Must-haves are asked in the questions mode, where
    each adds :data:`MUST_HAVE_WEIGHT` and is a requirement (see the page's explanation).
    """
    labels = need_labels(vocabulary)
    mode = url_radio(
        "How do you want to say what matters?",
        MODES,
        param="mode",
        what="way to set the weights",
        default=MODES[0],
        horizontal=True,
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
        weights = {
            need: float(
                url_slider(
                    labels[need],
                    0,
                    10,
                    5,
                    param=f"w-{need}",
                    what="weight from 0 to 10",
                    help=vocabulary.by_id[need].description,
                )
            )
            for need in chosen
        }
        return weights, []
    answers = {
        question.key: url_radio(
            question.prompt,
            list(question.answers),
            param=question.key,
            what="answer to this question",
            default=None,
        )
        for question in load_questions(known_needs=vocabulary.ids)
    }
    must = url_multiselect(
        f"Must-haves (each adds weight {MUST_HAVE_WEIGHT:g} and is a requirement)",
        vocabulary.ids,
        param="must",
        what="need",
        format_func=labels.__getitem__,
    )
    return weights_from_answers(answers, must), list(must)


def facts_choice() -> str:
    """``?facts=article`` ranks from the article alone; the default also counts sourced facts."""
    return (
        url_radio(
            "Evidence to count",
            list(FACTS_CHOICES),
            param="facts",
            what="choice of evidence",
            default=FACTS_WITH,
            horizontal=True,
            format_func=FACTS_CHOICES.__getitem__,
            help="Sourced facts (the Facts page) are marked as facts, apart from the article.",
        )
        or FACTS_WITH
    )


def evidence_card(card: Card, corrections: Mapping[str, Fact], article_date: str | None) -> None:
    """One subject's card: heading, a link to the subject across articles, the article's
    sentences (each with its correction), then the sourced facts, apart."""
    with st.container(border=True):
        st.markdown(card.heading)
        if card.unmet:
            st.warning(card.unmet)
        st.markdown(
            f"[{literal_markdown(card.subject)} in every article]({subject_link(card.subject)})"
        )
        for quote in card.quotes:
            st.markdown(quote.text)
            st.caption(quote.caption)
            show_corrections(_known(quote.fact_ids, corrections), article_date)
        if card.facts:
            st.markdown("**Sourced facts, not the article's words**")
            for quote in card.facts:
                st.markdown(quote.text)
                st.caption(quote.caption)
        for line in card.silent:
            st.caption(line)


def _known(ids: Sequence[str], corrections: Mapping[str, Fact]) -> list[Fact]:
    return [corrections[i] for i in ids if i in corrections]
