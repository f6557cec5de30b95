"""A name's plain text: inline Markdown markers go, the characters they are not stay."""

from __future__ import annotations

import pytest

from explorer.parsing.inline import plain


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("**Keras**", "Keras"),
        ("***Nested*** emphasis", "Nested emphasis"),
        ("`malloc` and `free`", "malloc and free"),  # a code span's backticks go
        ("``a`b``", "a`b"),
        ("Accent Grave (`)", "Accent Grave (`)"),  # a lone backtick is a character
        ("[Keras](https://keras.io) API", "Keras API"),
        ("Ze\u200bta", "Zeta"),  # an invisible character goes
    ],
)
def test_plain_text_of_a_name(raw: str, text: str) -> None:
    assert plain(raw) == text
