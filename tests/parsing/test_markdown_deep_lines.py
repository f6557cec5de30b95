"""The fast look for over-deep lines finds exactly the lines the escaping pattern finds."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from explorer.parsing.markdown import _DEEP_AFTER_BREAK, _DEEP_AT_START, _DEEP_LINE, parse_blocks

pieces = st.sampled_from(
    [">", "> ", "- ", "* ", "+ ", "1. ", "12) ", " ", "\t", "\n", "x", "-", "1."]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(pieces, max_size=80))
@example(["x", "\n", *["> "] * 17])
@example(["  ", *["1. "] * 17, "x"])
@example(["\n", *["- "] * 16, "x"])
def test_fast_look_agrees_with_the_multiline_pattern(parts: list[str]) -> None:
    text = "".join(parts)
    fast = _DEEP_AT_START.match(text) or _DEEP_AFTER_BREAK.search(text)
    assert bool(fast) == bool(_DEEP_LINE.search(text))


def test_a_deep_line_after_the_first_is_still_cut() -> None:
    document = parse_blocks("Intro\n\n" + "- " * 40 + "deep")
    assert any("nested too deep" in w for w in document.warnings)
    assert any("line 3" in w for w in document.warnings)
