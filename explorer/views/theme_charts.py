"""The Themes view's chart: how strongly the article backs each subject on each theme.

The attribute coverage heatmap of an article whose subjects have their own attributes is an
identity matrix; this one shows what a reader wants at a glance: per theme and subject, the
chooser's support (its points for the sentences, a verdict 3, a summary 2, a mention 1, a
caveat 0, capped at full support), with the strongest kind written in the cell so a caveat
never reads as silence. Same scale as the chooser, so the two never disagree.

Drawn with ``st.plotly_chart(theme="streamlit")``: no colours are set here, so the active
light or dark theme supplies the colour scale. Labels are HTML-escaped (plotly renders a
subset of HTML in text).
"""

from __future__ import annotations

import html
import textwrap

import plotly.graph_objects as go

from explorer.choosing.tagging import Strength
from explorer.views.charts import short_names
from explorer.views.themes import ThemeCell, ThemeGrid
from explorer.wording import counted

SILENT_MARK = "–"
"""What a cell of the chart shows where the article says nothing."""

SHORT_WORDS: dict[Strength, str] = {
    "verdict": "verdict",
    "summary": "summary",
    "supporting": "mention",
    "caveat": "caveat",
}
"""The strongest sentence's kind, short enough for a cell at phone width (see STRENGTH_WORDS)."""

LABEL_WIDTH = 18
"""Theme labels wrap at this many characters, so the grid keeps its width on a 390 px phone."""


def _safe(text: str) -> str:
    return html.escape(text, quote=False)


def _mark(cell: ThemeCell) -> str:
    return SHORT_WORDS[cell.strength] if cell.strength else SILENT_MARK


def _label(text: str) -> str:
    """An escaped axis label, wrapped onto lines of :data:`LABEL_WIDTH` (plotly's ``<br>``)."""
    return "<br>".join(_safe(line) for line in textwrap.wrap(text, LABEL_WIDTH) or [""])


def _hover(label: str, cell: ThemeCell) -> str:
    if not cell.quotes:
        return _safe(cell.says_nothing or "")
    count = len(cell.quotes)
    return _safe(
        f"{label} / {cell.subject}: {counted(count, 'sentence')}, "
        f"support {100 * cell.support:.0f} %, strongest: {cell.strength}"
    )


def strength_figure(grid: ThemeGrid) -> go.Figure:
    """Heatmap of evidence strength per theme (rows, display order) and subject (columns)."""
    names = short_names(list(grid.subjects))
    z = grid.strength().to_numpy()
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=[_safe(names[s]) for s in grid.subjects],
            y=[_label(r.label) for r in grid.rows],
            text=[[_mark(c) for c in r.cells] for r in grid.rows],
            texttemplate="%{text}",
            customdata=[[_hover(r.label, c) for c in r.cells] for r in grid.rows],
            hovertemplate="%{customdata}<extra></extra>",
            zmin=0,  # silence and caveats are the empty end of the scale
            zmax=100,
            colorbar={
                "title": {"text": "support %", "side": "top"},
                "orientation": "h",  # below the grid: the width is the cells' on a phone
                "thickness": 12,
                "y": -0.08,
                "yanchor": "top",
            },
        )
    )
    fig.update_layout(
        height=160 + 40 * len(grid.rows),
        margin={"l": 0, "r": 0, "t": 10, "b": 0},
        yaxis={"automargin": True},
    )
    fig.update_xaxes(side="top")
    fig.update_yaxes(autorange="reversed")  # display order, top to bottom
    return fig
