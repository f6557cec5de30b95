"""Themes: the seed lined up on the needs vocabulary, whose sentences count for whom, the chart.

Table-driven on the seed (the article the view was built for): each theme lists exactly the
subjects whose own sentences speak to it; every other cell says so out loud.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.choosing import load_tagger
from explorer.choosing.tagging import STRENGTH_POINTS
from explorer.corpus import load_corpus
from explorer.load import parse_article_text
from explorer.model import Article
from explorer.paths import DEFAULT_ARTICLES
from explorer.views.mentions import Mentions
from explorer.views.theme_charts import SILENT_MARK, strength_figure
from explorer.views.themes import (
    STRENGTH_ORDER,
    STRENGTH_WORDS,
    Quote,
    ThemeCell,
    ThemeGrid,
    ThemeRow,
    default_view,
    says_nothing,
    themes_grid,
)

SEED = "keras-tensorflow-pytorch"
ALL = {"Keras", "TensorFlow", "PyTorch"}


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return {a.id: a for a in load_corpus(DEFAULT_ARTICLES).articles}


@pytest.fixture(scope="module")
def seed(articles: dict[str, Article]) -> ThemeGrid:
    return themes_grid(articles[SEED])


def covered(grid: ThemeGrid, theme: str) -> set[str]:
    row = next(r for r in grid.rows if r.theme == theme)
    return {c.subject for c in row.cells if c.covered}


@pytest.mark.parametrize(
    ("theme", "subjects"),
    [
        pytest.param("flexibility", ALL, id="flexibility-lines-up-all-three"),
        pytest.param("production-deployment", {"TensorFlow"}, id="production-is-TensorFlow's"),
        pytest.param("research", {"PyTorch"}, id="research-is-PyTorch's"),
        pytest.param("rapid-prototyping", {"Keras", "PyTorch"}, id="prototyping"),
        pytest.param("beginner-friendly", {"Keras"}, id="beginners"),
        pytest.param("mobile-embedded", {"TensorFlow"}, id="mobile"),
        pytest.param("distributed-training", {"TensorFlow"}, id="distributed"),
        pytest.param("visualization-monitoring", {"TensorFlow"}, id="visualisation"),
        pytest.param("community-resources", {"PyTorch"}, id="community"),
        pytest.param("ecosystem-tools", {"TensorFlow", "PyTorch"}, id="ecosystem"),
    ],
)
def test_seed_themes_line_up(seed: ThemeGrid, theme: str, subjects: set[str]) -> None:
    assert covered(seed, theme) == subjects


def test_ease_of_use_lines_up_keras_and_pytorch(seed: ThemeGrid) -> None:
    row = next(r for r in seed.rows if r.theme == "simplicity")
    # both are the article's verdict ("best for ... ease of use", "user-friendly interface");
    # TensorFlow only mentions that it has high-level APIs among low-level ones
    assert row.cell("Keras").strength == "verdict"
    assert row.cell("PyTorch").strength == "verdict"
    assert row.cell("TensorFlow").strength != "verdict"


def test_the_seed_fills_at_least_half_and_names_every_silence(seed: ThemeGrid) -> None:
    assert seed.filled >= 0.5
    for row in seed.rows:
        for cell in row.cells:
            if cell.covered:
                assert cell.says_nothing is None
            else:
                assert cell.says_nothing == says_nothing(row.label, cell.subject)
                assert row.label in cell.says_nothing and cell.subject in cell.says_nothing
    assert "Performance and speed" in seed.silent_themes  # no subject speaks to it: no row
    assert all(any(c.covered for c in r.cells) for r in seed.rows)


def test_cells_quote_the_article_at_their_line(articles: dict[str, Article]) -> None:
    for article in articles.values():
        lines = article.markdown.splitlines()
        for row in themes_grid(article).rows:
            for cell in row.cells:
                for quote in cell.quotes:
                    near = " ".join(" ".join(lines[quote.line - 1 : quote.line + 12]).split())
                    plain = near.replace("**", "")
                    assert quote.text.replace("**", "") in plain, (article.id, quote)


def test_every_quote_keeps_its_claim(articles: dict[str, Article]) -> None:
    for article in articles.values():
        for row in themes_grid(article).rows:
            for cell in row.cells:
                for q in cell.quotes:
                    assert q.claim is not None and q.claim.subject == cell.subject
                    assert q.claim.line == q.line


def test_themes_and_the_chooser_agree(articles: dict[str, Article]) -> None:
    tagger = load_tagger()
    for article in articles.values():
        evidence = {(e.subject, e.need, e.text, e.line) for e in tagger.article_evidence(article)}
        for row in themes_grid(article, tagger=tagger).rows:
            for cell in row.cells:
                for q in cell.quotes:
                    assert (cell.subject, row.theme, q.text, q.line) in evidence


# -- sentences about another subject --------------------------------------------------------

FILED_ELSEWHERE = """\
---
title: How do Keras, TensorFlow, and PyTorch differ?
question: How do Keras, TensorFlow, and PyTorch differ?
---
### Keras
- **Deployment**: TensorFlow Serving handles the deployment of models in production.
- **Ease of Use**: Keras is simple to learn.

### TensorFlow
- **Scale**: It is well-suited for large-scale applications.

### PyTorch
- **Research**: Unlike Keras, PyTorch is favored for research.
"""


@pytest.fixture(scope="module")
def filed_elsewhere() -> Article:
    return parse_article_text(FILED_ELSEWHERE, article_id="filed-elsewhere")


def test_a_sentence_about_another_subject_counts_for_neither(filed_elsewhere: Article) -> None:
    grid = themes_grid(filed_elsewhere)
    assert "production-deployment" not in {r.theme for r in grid.rows}
    assert [(s.filed_under, s.about) for s in grid.set_aside] == [("Keras", "TensorFlow")]
    assert "TensorFlow Serving" in grid.set_aside[0].text
    assert covered(grid, "simplicity") == {"Keras"}
    assert covered(grid, "research") == {"PyTorch"}  # "Unlike Keras, PyTorch ..." is PyTorch's


def test_no_quote_on_the_seed_is_about_another_subject(articles: dict[str, Article]) -> None:
    for article in articles.values():
        mentions = Mentions(article.comparison.subjects)
        for row in themes_grid(article).rows:
            for cell in row.cells:
                for quote in cell.quotes:
                    assert mentions.about_other(quote.text, cell.subject) is None


@pytest.mark.parametrize(
    ("subjects", "sentence", "filed_under", "about"),
    [
        (ALL, "TensorFlow Serving handles deployment.", "Keras", "TensorFlow"),
        (ALL, "In TensorFlow, models are served with one command.", "Keras", "TensorFlow"),
        (ALL, "Unlike Keras, TensorFlow offers serving.", "Keras", "TensorFlow"),
        (ALL, "It offers less flexibility compared to TensorFlow and PyTorch.", "Keras", None),
        (ALL, "Keras can run on top of backends, including TensorFlow.", "Keras", None),
        (ALL, "It runs on TensorFlow.", "Keras", None),
        (ALL, "TensorFlow and Keras both support GPUs.", "Keras", None),
        (ALL, "This makes it a robust choice.", "TensorFlow", None),
        (ALL, "PyTorch's syntax is intuitive.", "Keras", "PyTorch"),
        (ALL, "Pytorch is written lower-case here.", "Keras", "PyTorch"),
        (ALL, "While TensorFlow offers serving, Keras offers simplicity.", "Keras", None),
        (ALL, "It is faster than TensorFlow.", "Keras", None),
        (ALL, "Teams that need serving on phones and browsers pick TensorFlow.", "Keras", None),
        (("Dijkstra's Algorithm", "Bellman-Ford Algorithm"),
         "It is capable of detecting negative weight cycles, which Dijkstra's algorithm cannot do.",
         "Bellman-Ford Algorithm", None),
        (("Dijkstra's Algorithm", "Bellman-Ford Algorithm"), "Dijkstra's algorithm is greedy.",
         "Bellman-Ford Algorithm", "Dijkstra's Algorithm"),
        (("Go", "Rust"), "It lets you go faster.", "Rust", None),
        (("Go", "Rust"), "Go compiles faster.", "Rust", "Go"),
        (("Stack Operations", "Queue Operations"), "A queue is FIFO.", "Stack Operations", "Queue Operations"),
        (("Stack Operations", "Queue Operations"), "Unlike a queue, it is LIFO.", "Stack Operations", None),
        (("/8", "/16", "/24"), "It allows 16,777,214 hosts.", "/8", None),
        (("/8", "/16", "/24"), "A /16 network is smaller.", "/8", "/16"),
        (("Count-Controlled Loops", "Condition-Controlled Loops"), "The condition is checked.",
         "Count-Controlled Loops", None),
        (("Infrastructure as a Service (IaaS)", "Software as a Service (SaaS)"),
         "Users can install any software they need.", "Infrastructure as a Service (IaaS)", None),
        (("Infrastructure as a Service (IaaS)", "Software as a Service (SaaS)"),
         "SaaS needs no installation.", "Infrastructure as a Service (IaaS)",
         "Software as a Service (SaaS)"),
        (("Well-Known Ports (0-1023)", "Registered Ports (1024-49151)"),
         "These are registered with IANA.", "Well-Known Ports (0-1023)", None),
    ],
)  # fmt: skip
def test_whom_a_sentence_is_about(
    subjects: tuple[str, ...], sentence: str, filed_under: str, about: str | None
) -> None:
    assert Mentions(sorted(subjects)).about_other(sentence, filed_under) == about


NAMES = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=30)


@settings(max_examples=150, deadline=None)
@given(
    subjects=st.lists(NAMES, min_size=1, max_size=4, unique=True),
    sentence=st.text(max_size=200),
)
def test_a_sentence_is_never_set_aside_as_its_own(subjects: list[str], sentence: str) -> None:
    mentions = Mentions(subjects)
    for subject in subjects:
        other = mentions.about_other(sentence, subject)
        assert other is None or (other in subjects and other != subject)


# -- only rows that differ, the default view ------------------------------------------------

SAME_AND_DIFFERENT = """\
---
title: How do Alpha and Beta differ?
question: How do Alpha and Beta differ?
---
### Alpha
- **Setup**: Alpha is simple to set up.
- **Speed**: Alpha is fast.

### Beta
- **Install**: Beta is simple to install.
- **Growth**: Beta is best for large-scale use.
"""


def test_only_rows_that_differ_compares_strength() -> None:
    grid = themes_grid(parse_article_text(SAME_AND_DIFFERENT, article_id="same"))
    assert {r.theme for r in grid.rows} == {"simplicity", "performance", "scalability"}
    assert {r.theme for r in grid.visible(only_differing=True)} == {"performance", "scalability"}
    assert "simplicity" in {r.theme for r in grid.visible()}


@pytest.mark.parametrize(
    ("article", "view"),
    [(SEED, "theme"), ("subnet-masks", "attribute"), ("dijkstra-bellman-ford", "attribute")],
)
def test_default_view(articles: dict[str, Article], article: str, view: str) -> None:
    assert default_view(articles[article]) == view


def test_unknown_subjects_are_ignored_and_order_kept(articles: dict[str, Article]) -> None:
    grid = themes_grid(articles[SEED], ["PyTorch", "JAX", "Keras"])
    assert grid.subjects == ("Keras", "PyTorch")
    assert all(tuple(c.subject for c in r.cells) == grid.subjects for r in grid.rows)
    assert "production-deployment" not in {r.theme for r in grid.rows}  # TensorFlow's only


def test_frame_says_nothing_out_loud(seed: ThemeGrid) -> None:
    frame = seed.frame()
    assert list(frame.columns) == ["Keras", "TensorFlow", "PyTorch"]
    assert frame.loc["Research and experimentation", "Keras"] == says_nothing(
        "Research and experimentation", "Keras"
    )
    assert "(line 24)" in frame.loc["Research and experimentation", "PyTorch"]


def test_vocabulary_does_not_read_ml_clustering_as_a_cluster_of_machines() -> None:
    tagger = load_tagger()
    assert "distributed-training" not in tagger.needs_of(
        "It is ideal for clustering and regression."
    )
    assert "distributed-training" in tagger.needs_of("Training runs on a cluster of machines.")
    assert "ecosystem-tools" in tagger.needs_of("It ships with a wealth of pre-trained models.")


# -- the chart ------------------------------------------------------------------------------


def test_strength_figure_on_the_seed(seed: ThemeGrid) -> None:
    fig = strength_figure(seed)
    heat = fig.data[0]
    assert list(heat.x) == ["Keras", "TensorFlow", "PyTorch"]
    assert [y.replace("<br>", " ") for y in heat.y] == [r.label for r in seed.rows]
    production = [r.label for r in seed.rows].index("Production deployment")
    assert all(len(line) <= 18 for y in heat.y for line in y.split("<br>"))
    assert list(heat.z[production]) == [0, 100, 0]
    assert list(heat.text[production]) == [SILENT_MARK, "verdict", SILENT_MARK]
    flexibility = [r.label for r in seed.rows].index("Flexibility and custom models")
    assert all(v > 0 for v in heat.z[flexibility])
    assert heat.colorscale is None  # the streamlit theme supplies light and dark colours
    assert len({tuple(row) for row in heat.z}) > 1  # not one colour, not an identity matrix


def test_strength_figure_escapes_names() -> None:
    cell = ThemeCell("<b>X</b>", (Quote("X is fast.", 3, "caveat", "fast", "Speed"),), None)
    grid = ThemeGrid("a", ("<b>X</b>",), (ThemeRow("performance", "<i>Speed</i>", "?", (cell,)),))
    heat = strength_figure(grid).data[0]
    assert heat.x[0] == "&lt;b&gt;X&lt;/b&gt;" and heat.y[0] == "&lt;i&gt;Speed&lt;/i&gt;"
    assert "<b>" not in heat.customdata[0][0] and "&lt;b&gt;" in heat.customdata[0][0]
    assert list(heat.text[0]) == ["caveat"] and list(heat.z[0]) == [0]


def test_every_shipped_article_gets_a_grid(articles: dict[str, Article]) -> None:
    for article in articles.values():
        grid = themes_grid(article)
        assert grid.subjects == article.comparison.subjects
        assert 0.0 <= grid.filled <= 1.0


def test_every_strength_has_words_and_a_rank() -> None:
    assert set(STRENGTH_WORDS) == set(STRENGTH_POINTS) == set(STRENGTH_ORDER)
