"""No subject name in the code: the chooser must work for any article, not the one it was built on.

Subject names may appear in data/ and tests/. In explorer/ and pages/ the chooser's own modules
may not mention them at all; elsewhere the check reads code only (comments and docstrings, which
explain the parser with examples, are allowed).
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NAMES = re.compile(r"Keras|TensorFlow|PyTorch")
CHOOSER_FILES = sorted(
    str(p.relative_to(ROOT))
    for p in [
        *(ROOT / "explorer" / "choosing").rglob("*.py"),
        ROOT / "explorer" / "cli" / "choose.py",
        ROOT / "pages" / "4_Chooser.py",
    ]
)
CODE_FILES = sorted(
    str(p.relative_to(ROOT)) for d in ("explorer", "pages") for p in (ROOT / d).rglob("*.py")
)


def code_strings(source: str) -> list[tuple[int, str]]:
    """(line, text) of names and string literals, leaving out comments and docstrings."""
    found: list[tuple[int, str]] = []
    previous = tokenize.INDENT
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        is_docstring = tok.type == tokenize.STRING and previous in (
            tokenize.INDENT,
            tokenize.NEWLINE,
            tokenize.NL,
            tokenize.DEDENT,
        )
        if tok.type in (tokenize.NAME, tokenize.STRING) and not is_docstring:
            found.append((tok.start[0], tok.string))
        if tok.type not in (tokenize.COMMENT, tokenize.NL):
            previous = tok.type
    return found


@pytest.mark.parametrize("path", CHOOSER_FILES)
def test_chooser_files_never_name_a_subject(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    hits = [
        f"{path}:{n}: {line.strip()}"
        for n, line in enumerate(text.splitlines(), 1)
        if NAMES.search(line)
    ]
    assert not hits, "\n".join(hits)


@pytest.mark.parametrize("path", CODE_FILES)
def test_code_never_names_a_subject(path: str) -> None:
    source = (ROOT / path).read_text(encoding="utf-8")
    hits = [f"{path}:{n}: {s}" for n, s in code_strings(source) if NAMES.search(s)]
    assert not hits, "\n".join(hits)


def test_the_check_catches_a_name() -> None:
    assert code_strings('x = "Keras"\n') == [(1, "x"), (1, '"Keras"')]
    assert code_strings('"""Keras is a docstring."""\n# PyTorch in a comment\n') == []
