"""Plotly figures for the views, with no colours of their own.

Both figures are drawn with ``st.plotly_chart(theme="streamlit")``, which supplies the
palette and colour scale of the active light or dark theme; setting colours here would make
one of the two unreadable. Labels from articles are HTML-escaped because plotly renders a
subset of HTML in text.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from explorer.choosing.ranking import Ranking
from explorer.parsing.names import core_name
from explorer.wording import counted


def _safe(text: str) -> str:
    return html.escape(text, quote=False)


def short_names(subjects: Sequence[str]) -> dict[str, str]:
    """Axis labels: "SMB/CIFS (Server Message Block/...)" -> "SMB/CIFS" when that stays unique."""
    short = {s: core_name(s) for s in subjects}
    return short if len(set(short.values())) == len(short) else {s: s for s in subjects}


def coverage_figure(coverage: pd.DataFrame) -> go.Figure:
    """Heatmap of claims per (attribute, subject); 0 is an attribute the subject leaves out.

    ``go.Heatmap`` rather than ``px.imshow``: the latter writes the default template's colour
    scale into the figure, which would override the theme's.
    """
    names = short_names(list(coverage.columns))
    fig = go.Figure(
        go.Heatmap(
            z=coverage.to_numpy(),
            x=[_safe(names[s]) for s in coverage.columns],
            y=[_safe(a) for a in coverage.index],
            texttemplate="%{z}",
            zmin=0,  # 0 (not covered) is always the empty end of the scale
            zmax=max(1, int(coverage.to_numpy().max(initial=0))),
            colorbar={"title": {"text": "claims"}},
            customdata=[[counted(int(n), "claim") for n in row] for row in coverage.to_numpy()],
            hovertemplate="%{y} / %{x}: %{customdata}<extra></extra>",
        )
    )
    fig.update_layout(height=120 + 36 * len(coverage), margin={"l": 0, "r": 0, "t": 10, "b": 0})
    fig.update_xaxes(side="top")
    fig.update_yaxes(autorange="reversed")  # article order, top to bottom
    return fig


def contribution_figure(ranking: Ranking, labels: Mapping[str, str]) -> go.Figure:
    """Stacked horizontal bars: each subject's score split into what each need contributed."""
    subjects = [s.subject for s in reversed(ranking.ranked)]  # plotly draws bottom-up
    names = short_names(subjects)
    by_subject = {s.subject: s for s in ranking.ranked}
    fig = go.Figure()
    for need, share in ranking.shares.items():
        if share <= 0:
            continue
        label = _safe(labels[need])
        fig.add_bar(
            y=[_safe(names[s]) for s in subjects],
            x=[by_subject[s].contributions[need] for s in subjects],
            name=label,
            orientation="h",
            hovertemplate=f"%{{y}}: %{{x:.1f}} points from {label}<extra></extra>",
        )
    fig.update_layout(
        barmode="stack",
        height=140 + 48 * len(subjects),
        margin={"l": 0, "r": 8, "t": 8, "b": 0},
        legend={"orientation": "h", "yanchor": "top", "y": -0.25, "x": 0},
        xaxis={"title": {"text": "points out of 100"}, "range": [0, 100]},
        yaxis={"automargin": True},
    )
    return fig
