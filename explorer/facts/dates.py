"""Dates at the precision a source gives: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

Sources often carry only a month (a PyPI listing, "September 2017"); keeping that precision,
instead of inventing a day, is what makes a dated note honest. A partial date stands for the
period it names, so "2026-11" is not in the future on 2026-11-25.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def date_period(text: str) -> tuple[date, date]:
    """First and last day a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date can mean.

    Raises ``ValueError`` for anything else, including impossible days such as ``2024-02-30``.
    """
    m = _PARTIAL_DATE.match(text)
    if not m:
        raise ValueError(f"{text!r} is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY)")
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{text!r} is not a date: there is no month {month}")
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return date(year, month, 1), date(year, month, last)
    if not 1 <= day <= last:
        raise ValueError(f"{text!r} is not a date: {year}-{month:02d} has {last} days")
    return date(year, month, day), date(year, month, day)


def partial_date(value: str | None) -> str | None:
    """``value`` unchanged if it is a date (or ``None``); raises ``ValueError`` otherwise."""
    if value is not None:
        date_period(value)
    return value


def latest(dates: Iterable[str]) -> str | None:
    """The date that starts last, or ``None`` for none."""
    found = list(dates)
    return max(found, key=lambda d: date_period(d)[0]) if found else None
