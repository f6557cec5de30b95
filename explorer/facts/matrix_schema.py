"""The schema of ``data/facts/<subject>.yaml``: one subject's sourced, dated facts.

Articles compare tools in prose that ages; the facts matrix is the opposite, a small table of
things a primary source states (a LICENSE file, a release tag, official docs), each with the
date it holds for. The shape follows caniuse and MDN browser-compat-data: one status from a
short fixed vocabulary per cell, so a reader sees "partial" or "deprecated" at a glance, plus
a note and a source so the cell can be checked rather than trusted.

The schema lives here, in code, so ``python -m explorer validate``, the CLI and the page all
read the files one way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator

from explorer.checks.problem import ID_PATTERN
from explorer.facts.dates import date_period

MatrixStatus = Literal["yes", "partial", "no", "deprecated", "unknown", "value"]
"""What a fact says, at a glance.

* ``yes`` / ``partial`` / ``no``: the subject has the capability fully, with limits, or not;
* ``deprecated``: it had it and its makers have said it is going away or unmaintained;
* ``unknown``: we could not confirm it from a primary source (never a guess);
* ``value``: a plain value with no verdict (a license, a version, a date).
"""
MATRIX_STATUSES: tuple[str, ...] = get_args(MatrixStatus)

FactGroup = Literal["releases", "project", "apis", "deployment", "tooling"]
"""Rows are grouped so a reader can ask one kind of question (how do I deploy?) at a time."""
FACT_GROUPS: tuple[str, ...] = get_args(FactGroup)
GROUP_LABELS: Mapping[str, str] = {
    "releases": "Releases",
    "project": "Project and governance",
    "apis": "Languages and backends",
    "deployment": "Serving, mobile and export",
    "tooling": "Visualisation and scale",
}

REQUIRED_FACTS: tuple[str, ...] = (
    "license",
    "first-release",
    "latest-version",
    "maintainer",
    "language-apis",
    "backends",
    "serving",
    "mobile-edge",
    "onnx-export",
    "visualisation",
    "distributed-training",
    "repository",
)
"""The ids every subject file must have, so every row of the matrix is answered for every
column (with ``unknown`` where nothing could be confirmed) instead of silently missing."""

MAX_NOTE_CHARS = 300
"""A note is one line saying what was seen where; the source holds the rest."""

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HTTPS = re.compile(r"^https://[^\s/()<>\[\]]+\.[^\s/()<>\[\]]+(/[^\s()<>\[\]]*)?$")
"""https only, and no brackets or spaces, so a URL can sit inside a Markdown link unescaped."""


def _one_line(value: str) -> str:
    return " ".join(value.split())


class MatrixFact(BaseModel):
    """One cell of the matrix: a subject's value for one fact, with its status and evidence."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    label: str = Field(min_length=1, max_length=60)
    group: FactGroup
    value: str = Field(min_length=1, max_length=160)
    status: MatrixStatus
    note: str = Field(min_length=1, max_length=MAX_NOTE_CHARS)
    source: str
    as_of: str
    """When the value held, at the precision the source gives (YYYY-MM-DD, YYYY-MM or YYYY)."""

    @field_validator("status", mode="before")
    @classmethod
    def _yaml_booleans(cls, value: Any) -> Any:
        # YAML 1.1 reads a bare yes / no as true / false; the words are what was meant.
        return {True: "yes", False: "no"}.get(value, value) if isinstance(value, bool) else value

    @field_validator("as_of", mode="before")
    @classmethod
    def _year(cls, value: Any) -> Any:
        # A bare year (as_of: 2026) reads as a number; it is a date at the precision known.
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value

    @field_validator("id")
    @classmethod
    def _kebab(cls, value: str) -> str:
        if not ID_PATTERN.match(value):
            raise ValueError(f"{value!r} is not lower-case words joined by hyphens")
        return value

    @field_validator("label", "value", "note")
    @classmethod
    def _plain(cls, value: str) -> str:
        return _one_line(value)

    @field_validator("source")
    @classmethod
    def _https(cls, value: str) -> str:
        if not _HTTPS.match(value):
            raise ValueError(f"{value!r} is not an https:// URL without spaces or brackets")
        return value

    @field_validator("as_of")
    @classmethod
    def _partial_date(cls, value: str) -> str:
        date_period(value)
        return value


class SubjectFacts(BaseModel):
    """One file: the subject it is about, the day its sources were read, and its facts."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    subject: str = Field(min_length=1, max_length=40)
    checked: str
    """The day someone read every source in the file (YYYY-MM-DD)."""
    facts: tuple[MatrixFact, ...] = Field(min_length=1)

    @field_validator("subject")
    @classmethod
    def _name(cls, value: str) -> str:
        return _one_line(value)

    @field_validator("checked")
    @classmethod
    def _full_date(cls, value: str) -> str:
        if not _FULL_DATE.match(value):
            raise ValueError(f"{value!r} is not a full date (YYYY-MM-DD)")
        date_period(value)
        return value

    def get(self, fact_id: str) -> MatrixFact | None:
        return next((f for f in self.facts if f.id == fact_id), None)


FIELD_FIXES: Mapping[str, str] = {
    "subject": "name the subject as articles write it, e.g. the project's own spelling",
    "checked": "write the day you read the sources as YYYY-MM-DD",
    "facts": "list the facts under 'facts:', each starting with '- id: ...'",
    "id": "use lower-case words joined by hyphens, e.g. onnx-export",
    "label": "name the fact in a few words (at most 60 characters)",
    "group": f"use one of: {', '.join(FACT_GROUPS)}",
    "value": "give the value as text in at most 160 characters (quote a number: '2.10')",
    "status": f"use one of: {', '.join(MATRIX_STATUSES)}",
    "note": f"say in one line (at most {MAX_NOTE_CHARS} characters) what you saw where",
    "source": "link a primary source (repository file, release notes, official docs) with https://",
    "as_of": "write when the value held as YYYY-MM-DD (or YYYY-MM, YYYY)",
}
