"""The list pattern tried only where a list can start finds what trying it everywhere finds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.parsing.coordination import _lists, coordinated
from explorer.parsing.question_patterns import COORDINATION

_PIECES = st.sampled_from(
    [
        "and", "And", "or", ",", ", ", " ", "  ", "the", "Keras", "PyTorch", "C++", "e.g.",
        "how", "do", "differ", "in", "terms", "of", "X's", "high-level", "(API)", "?", "and,",
        "android", "sand", "vs.", "between", "types", "what", "’s", "#", "/", "-", "A", "b2",
    ]
)  # fmt: skip
_TEXT = st.lists(_PIECES, max_size=40).map(lambda parts: " ".join(parts))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_TEXT, st.text(max_size=120)))
def test_lists_are_the_patterns_matches(window: str) -> None:
    found = [(m.span(), m.group("a")) for m in _lists(window)]
    assert found == [(m.span(), m.group("a")) for m in COORDINATION.finditer(window)]


def test_a_list_is_still_found() -> None:
    assert coordinated("How do Keras, TensorFlow, and PyTorch differ?") == [
        "Keras",
        "TensorFlow",
        "PyTorch",
    ]
