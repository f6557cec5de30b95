"""Figures carry no colours of their own and escape article text; evidence quotes stay literal."""

from __future__ import annotations

import pytest

from explorer.choosing.ranking import rank_subjects
from explorer.choosing.tagging import load_tagger
from explorer.load import load_article
from explorer.views.charts import contribution_figure, coverage_figure, short_names
from explorer.views.compare import compare
from explorer.views.markdown import literal_markdown
from tests.support import ROOT

ARTICLES = ROOT / "data" / "articles"


@pytest.mark.parametrize(
    ("subjects", "short"),
    [
        (["HTTP (Hypertext Transfer Protocol)", "FTP (File Transfer Protocol)"], ["HTTP", "FTP"]),
        (["Ports (low)", "Ports (high)"], ["Ports (low)", "Ports (high)"]),  # would collide
    ],
)
def test_short_names(subjects: list[str], short: list[str]) -> None:
    assert list(short_names(subjects).values()) == short


def test_coverage_figure_follows_the_table_and_sets_no_colours() -> None:
    table = compare(load_article(ARTICLES / "keras-tensorflow-pytorch.md"))
    fig = coverage_figure(table.coverage())
    heat = fig.data[0]
    assert list(heat.x) == ["Keras", "TensorFlow", "PyTorch"]
    assert list(heat.y)[:2] == ["High-Level API", "Multi-Backend Support"]
    hovers = {h for row in heat.customdata for h in row}  # counts in words, "(s)" nowhere
    assert "1 claim" in hovers and "0 claims" in hovers
    data = fig.to_plotly_json()
    layout = {k: v for k, v in data["layout"].items() if k != "template"}
    assert "colorscale" not in data["data"][0]  # the theme's scale applies
    assert "coloraxis" not in layout and "plot_bgcolor" not in layout


def test_contribution_figure_stacks_each_need() -> None:
    article = load_article(ARTICLES / "keras-tensorflow-pytorch.md")
    tagger = load_tagger()
    ranking = rank_subjects(article, {"beginner-friendly": 1, "rapid-prototyping": 1}, tagger)
    fig = contribution_figure(ranking, {n.id: n.label for n in tagger.needs})
    assert [bar.name for bar in fig.data] == ["Beginner-friendly", "Rapid prototyping"]
    assert list(fig.data[0].y)[-1] == "Keras"  # the winner is drawn on top
    assert all(bar.marker.color is None for bar in fig.data)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("**bold** and $x$", r"\*\*bold\*\* and \$x\$"),
        ("<script>a</script>", r"\<script\>a\</script\>"),
        ("two\nlines", "two lines"),
        ("[link](javascript:x)", r"\[link\](javascript\:x)"),
    ],
)
def test_literal_markdown(text: str, shown: str) -> None:
    assert literal_markdown(text) == shown
