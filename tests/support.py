"""Helpers shared by the tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = "data/articles/keras-tensorflow-pytorch.md"


def explorer_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m explorer ARGS`` from the project root, its output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "explorer", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def choose(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m explorer choose ARGS``."""
    return explorer_cli("choose", *args)


def all_strings(value: Any) -> list[str]:
    """Every string in a JSON-like value, keys included (to scan output for damage)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*all_strings(k), *all_strings(v))]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in all_strings(v)]
    return []
