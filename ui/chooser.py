"""The Chooser's inputs: plain questions or weights set by hand, every answer in the URL."""

from __future__ import annotations

from explorer.choosing import MUST_HAVE_WEIGHT, QUESTIONS, Tagger, weights_from_answers
from explorer.views.chooser import need_labels
from ui.widgets import url_multiselect, url_radio, url_slider

MODES = ("questions", "weights")


def chooser_weights(vocabulary: Tagger) -> dict[str, float]:
    """Draw the mode switch and its inputs; return need id -> weight (all 0: nothing said yet)."""
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
        return {
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
    answers = {
        question.key: url_radio(
            question.prompt,
            list(question.answers),
            param=question.key,
            what="answer to this question",
            default=None,
        )
        for question in QUESTIONS
    }
    must = url_multiselect(
        f"Must-haves (each adds weight {MUST_HAVE_WEIGHT:g})",
        vocabulary.ids,
        param="must",
        what="need",
        format_func=labels.__getitem__,
    )
    return weights_from_answers(answers, must)
