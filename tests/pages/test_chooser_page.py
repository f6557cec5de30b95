"""The Chooser page: default view, views restored from the URL, notices for bad links, live changes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from explorer.choosing import HOW_IT_COUNTS
from explorer.views.markdown import literal_markdown

ROOT = Path(__file__).resolve().parents[2]
PAGE = "pages/4_Chooser.py"
SEED = "keras-tensorflow-pytorch"


@pytest.fixture(autouse=True)
def _clear_cache() -> Iterator[None]:
    st.cache_data.clear()
    yield
    st.cache_data.clear()


def open_chooser(**params: str | list[str]) -> AppTest:
    """Start at the entrypoint, as a browser does (ui.page links resolve against app.py)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.switch_page(PAGE)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown] + [c.value for c in at.caption]


def headline(at: AppTest) -> str:
    return next(m.value for m in at.markdown if m.value.startswith(("**Best fit", "**Tie")))


def test_default_url_renders() -> None:
    at = open_chooser()
    assert not at.exception
    assert at.title[0].value == "Which one fits my use case?"
    assert [i.value for i in at.info] == [
        "Answer a question or give a need a weight above 0 to see a ranking."
    ]


def test_questions_from_the_url_restore_a_view() -> None:
    at = open_chooser(
        article=SEED, exp="I am new to it", build="A quick prototype or class project"
    )
    assert not at.exception
    assert at.selectbox(key="_url_article").value == SEED
    assert at.radio(key="exp").value == "I am new to it"
    assert headline(at).startswith("**Best fit:** Keras")
    assert at.get("plotly_chart")


@pytest.mark.parametrize(
    ("needs", "first", "sentence"),
    [
        (["research"], "PyTorch", "PyTorch is preferred for research and experimentation"),
        (
            ["production-deployment", "mobile-embedded"],
            "TensorFlow",
            "TensorFlow excels in production environments",
        ),
    ],
)
def test_weights_from_the_url_restore_a_view(needs: list[str], first: str, sentence: str) -> None:
    at = open_chooser(article=SEED, mode="weights", needs=needs)
    assert not at.exception
    assert headline(at).startswith(f"**Best fit:** {first}")
    quotes = [m.value for m in at.markdown if m.value.startswith("“")]
    assert any(sentence in q.replace("\\", "") for q in quotes)


@pytest.mark.parametrize(
    ("params", "notice"),
    [
        ({"article": "no-such-article"}, "`article` had 'no-such-article'"),
        ({"mode": "guess"}, "`mode` had 'guess'"),
        ({"exp": "Wizard"}, "`exp` had 'Wizard'"),
        ({"mode": "weights", "needs": ["research", "telepathy"]}, "`needs` had 'telepathy'"),
        ({"mode": "weights", "needs": "research", "w-research": "99"}, "`w-research` had '99'"),
        ({"mode": "weights", "needs": "research", "w-research": "abc"}, "`w-research` had 'abc'"),
    ],
)
def test_bad_url_values_give_a_notice(params: dict[str, str | list[str]], notice: str) -> None:
    at = open_chooser(**params)
    assert not at.exception
    assert any(notice in i.value for i in at.info), [i.value for i in at.info]


def test_changing_a_weight_changes_the_ranking() -> None:
    at = open_chooser(
        article=SEED, mode="weights", needs=["research", "beginner-friendly"], **{"w-research": "8"}
    )
    assert headline(at).startswith("**Best fit:** PyTorch")
    at.slider(key="w-research").set_value(1).run()
    assert not at.exception
    assert headline(at).startswith("**Best fit:** Keras")


def test_changing_the_article_changes_the_ranking() -> None:
    at = open_chooser(article=SEED, mode="weights", needs="security")
    assert any("says nothing about 'Security and privacy'" in w.value for w in at.warning)
    at.selectbox(key="_url_article").select("file-protocols").run()
    assert not at.exception
    assert headline(at).startswith("**Best fit:** SCP")


def test_ties_and_sensitivity_are_shown() -> None:
    at = open_chooser(article="dijkstra-bellman-ford", mode="weights", needs="performance")
    assert headline(at).startswith("**Tie for first:**")
    assert any(t.startswith("**Sensitivity:**") for t in texts(at))


def test_an_article_without_subjects_says_so() -> None:
    at = open_chooser(article="howto-mysql-debian")
    assert not at.exception
    assert any("no separate subjects" in i.value for i in at.info)


def test_chart_colours_come_from_the_theme() -> None:
    at = open_chooser(article=SEED, mode="weights", needs=["research", "flexibility"])
    chart = at.get("plotly_chart")[0]
    figure = json.loads(chart.proto.spec)
    assert figure["layout"]["barmode"] == "stack"
    traces = figure["data"]
    assert [t["orientation"] for t in traces] == ["h", "h"]
    assert all("color" not in t.get("marker", {}) for t in traces)  # the theme colours them
    assert chart.proto.theme == "streamlit"


def test_before_any_answer_the_articles_verdicts_are_shown() -> None:
    at = open_chooser(article=SEED)
    assert [s.value for s in at.subheader] == ["Meanwhile, the article's own verdicts"]
    verdicts = [m.value for m in at.markdown if m.value.startswith("**") and ": " in m.value]
    assert verdicts[0].startswith("**Keras**: Keras is best for rapid prototyping")
    assert len(verdicts) == 3


def test_a_mobile_must_have_is_a_requirement_with_the_reason_in_the_headline() -> None:
    at = open_chooser(article=SEED, exp="I am new to it", must="mobile-embedded", facts="article")
    assert not at.exception
    assert not headline(at).startswith("**Best fit:** Keras")
    reason = next(t for t in texts(at) if "no evidence for the must-have" in t)
    assert "Keras" in reason and "rank after every subject that meets them" in reason
    assert any("Does not meet the must-have" in w.value for w in at.warning)


def test_a_link_with_answers_opens_on_the_answer_before_the_questions() -> None:
    at = open_chooser(article=SEED, mode="weights", needs="research")
    blocks = [m.value for m in at.markdown]
    first = next(i for i, v in enumerate(blocks) if v.startswith("**Best fit"))
    assert first < blocks.index(literal_markdown(HOW_IT_COUNTS))
    assert first < next(i for i, v in enumerate(blocks) if v.startswith("“"))


def test_outdated_evidence_carries_its_correction_and_the_rules_say_how_it_counts() -> None:
    at = open_chooser(article=SEED, mode="weights", needs="mobile-embedded", facts="article")
    assert not at.exception
    assert any("LiteRT" in m.value for m in at.markdown)  # the correction's sentence
    assert any("outdated" in m.value.lower() and "counts half" in m.value for m in at.markdown)


def test_sourced_facts_are_marked_and_the_toggle_ranks_from_the_article_alone() -> None:
    with_facts = open_chooser(article=SEED, mode="weights", needs="mobile-embedded")
    facts = [m.value for m in with_facts.markdown if m.value.startswith("**Fact")]
    assert facts and all("as of" in f and "[source](https://" in f for f in facts)
    assert with_facts.radio(key="facts").value == "with"
    alone = open_chooser(article=SEED, mode="weights", needs="mobile-embedded", facts="article")
    assert not [m.value for m in alone.markdown if m.value.startswith("**Fact")]
    assert alone.radio(key="facts").value == "article"


def test_subject_names_link_to_the_subject_page() -> None:
    at = open_chooser(article=SEED, mode="weights", needs="research")
    links = [m.value for m in at.markdown if "](Subject?name=" in m.value]
    assert any(v.startswith("[PyTorch in every article](Subject?name=PyTorch)") for v in links)
