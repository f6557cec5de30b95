"""Helpers shared by the parser tests."""

from __future__ import annotations

from typing import Any


def all_strings(value: Any) -> list[str]:
    """Every string in a JSON-like value, keys included (to scan output for damage)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*all_strings(k), *all_strings(v))]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in all_strings(v)]
    return []
