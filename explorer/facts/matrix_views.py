"""What the Facts page and the Compare block draw, computed without Streamlit.

Every string that reaches ``st.markdown`` is escaped with
:func:`~explorer.views.markdown.literal_markdown`, so a value such as ``torch.*`` or a note
with ``<b>`` shows as typed. Colours are Streamlit's named badge colours and the theme's own
plotly palette: nothing here picks an RGB value that would fail in one of the two themes.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from explorer.facts.matrix import STATUS_BADGES, FactRow, FactsMatrix, as_of_start
from explorer.facts.matrix_schema import GROUP_LABELS, MatrixFact
from explorer.views.markdown import literal_markdown


def status_badge(status: str) -> str:
    """``:green-badge[:material/check_circle: Yes]``: colour, icon and word in one badge."""
    colour, icon, word = STATUS_BADGES[status]
    return f":{colour}-badge[{icon} {word}]"


def cell_markdown(fact: MatrixFact | None) -> str:
    """One cell: status, value, note, and the source link with its as-of date.

    A fact one subject does not record says so instead of leaving a blank that reads as "no".
    """
    if fact is None:
        return ":gray-badge[:material/remove: Not recorded] No fact with this id for this subject."
    return (
        f"{status_badge(fact.status)} **{literal_markdown(fact.value)}**\n\n"
        f"{literal_markdown(fact.note)}\n\n"
        f"[Source]({fact.source}) · as of {literal_markdown(fact.as_of)}"
    )


def group_label(group: str) -> str:
    return GROUP_LABELS.get(group, group)


def _record(row: FactRow, subject: str) -> dict[str, str]:
    fact = row.cells.get(subject)
    base = {"group": group_label(row.group), "fact": row.label, "subject": subject}
    if fact is None:
        return {
            **base,
            "status": "not recorded",
            "value": "",
            "note": "",
            "source": "",
            "as_of": "",
        }
    return {
        **base,
        "status": fact.status,
        "value": fact.value,
        "note": fact.note,
        "source": fact.source,
        "as_of": fact.as_of,
    }


FRAME_COLUMNS = ("group", "fact", "subject", "status", "value", "note", "source", "as_of")


def matrix_frame(rows: Sequence[FactRow], subjects: Sequence[str]) -> pd.DataFrame:
    """A plain long table to copy or download: one line per fact and subject."""
    records = [_record(row, name) for row in rows for name in subjects]
    return pd.DataFrame.from_records(records, columns=list(FRAME_COLUMNS))


def timeline_frame(matrix: FactsMatrix, subjects: Sequence[str]) -> pd.DataFrame:
    """Dated release facts (group ``releases``) of the chosen subjects, oldest first.

    A fact whose status is ``unknown`` is left out: an unconfirmed date is not plotted.
    """
    records = [
        {
            "subject": s.subject,
            "label": f.label,
            "value": f.value,
            "as_of": f.as_of,
            "date": pd.Timestamp(as_of_start(f)),
        }
        for s in matrix.subjects
        if s.subject in subjects
        for f in s.facts
        if f.group == "releases" and f.status != "unknown"
    ]
    frame = pd.DataFrame.from_records(
        records, columns=["subject", "label", "value", "as_of", "date"]
    )
    return frame.sort_values("date", kind="stable").reset_index(drop=True)


def _safe(text: object) -> str:
    # plotly renders a subset of HTML in text; quotes are fine as they are.
    return html.escape(str(text), quote=False)


def _short(text: str, width: int = 18) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def timeline_figure(frame: pd.DataFrame) -> go.Figure:
    """Releases as markers on one line per subject; hover gives the label, the full value and
    the date as the source states it (a month-only date sits on the month's first day).

    Marker labels are short and alternate above and below the line, so two releases a few
    weeks apart do not print over each other.
    """
    fig = go.Figure()
    for subject, part in frame.groupby("subject", sort=False):
        name = _safe(subject)
        fig.add_trace(
            go.Scatter(
                x=part["date"],
                y=[name] * len(part),
                mode="markers+text",
                name=name,
                text=[_safe(_short(str(v))) for v in part["value"]],
                textposition=[
                    "top center" if i % 2 == 0 else "bottom center" for i in range(len(part))
                ],
                customdata=[
                    [_safe(lb), _safe(v), _safe(a)]
                    for lb, v, a in zip(part["label"], part["value"], part["as_of"], strict=True)
                ],
                hovertemplate="%{customdata[0]}: %{customdata[1]}<br>as of %{customdata[2]}"
                "<extra></extra>",
                marker={"size": 12},
            )
        )
    fig.update_layout(
        showlegend=False,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        height=120 + 80 * max(1, frame["subject"].nunique()),
        xaxis_title=None,
        yaxis_title=None,
    )
    return fig
