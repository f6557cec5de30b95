"""Property: whatever Markdown is nested in whatever way, parsing finishes and raises nothing
but the project's ArticleError.

The strategy builds documents the way hostile or careless files nest them: lists in quotes in
lists, headings at any level, tables with ragged rows, code fences left open, bold labels,
invisible characters, up to far past the nesting limit.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.errors import ArticleError
from explorer.load import parse_article_text
from explorer.parsing import parse_comparison
from explorer.parsing.limits import MAX_CLAIMS, MAX_SUBJECTS

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_WORDS = st.sampled_from(
    ["Alpha", "Beta", "**Speed**:", "**Alpha**", "x", "1.", "$a \\neq b$", "`code`", "\u200b",
     "\u202e", "Summary", "Key Differences", "Step 1:", "|", "**", ":", "-", ">"]
)  # fmt: skip
_INLINE = st.lists(_WORDS, min_size=1, max_size=6).map(" ".join)
_MARKER = st.sampled_from(["- ", "* ", "1. ", "> ", "2) ", "+ "])


@st.composite
def _table(draw: st.DrawFn) -> str:
    width = draw(st.integers(1, 5))
    rows = draw(st.lists(st.lists(_INLINE, min_size=0, max_size=width + 1), max_size=6))
    head = "| " + " | ".join(draw(st.lists(_INLINE, min_size=width, max_size=width))) + " |"
    return "\n".join([head, "|" + " --- |" * width, *("| " + " | ".join(r) + " |" for r in rows)])


@st.composite
def _nested(draw: st.DrawFn) -> str:
    """One line nested under a run of list and quote markers, or many lines indented deeper."""
    depth = draw(st.one_of(st.integers(0, 8), st.integers(0, 600)))
    if draw(st.booleans()):
        return "".join(draw(_MARKER) for _ in range(min(depth, 80))) * (depth // 80 + 1) + draw(
            _INLINE
        )
    return "\n".join("  " * i + draw(_MARKER) + draw(_INLINE) for i in range(min(depth, 60)))


_BLOCK = st.one_of(
    _INLINE,
    _nested(),
    _table(),
    st.builds(lambda n, t: "#" * n + " " + t, st.integers(1, 7), _INLINE),
    st.builds(
        lambda t, closed: f"```py\n{t}\n" + ("```" if closed else ""), _INLINE, st.booleans()
    ),
    st.builds(lambda t: f"$$\n{t}\n$$", _INLINE),
)
_DOCUMENT = st.lists(_BLOCK, max_size=12).map("\n\n".join)


@SETTINGS
@given(_DOCUMENT, _INLINE)
def test_parse_finishes_within_the_limits(markdown: str, question: str) -> None:
    comp = parse_comparison(markdown, title=question, question=question)
    assert len(comp.subjects) <= MAX_SUBJECTS
    assert len(comp.claims) + len(comp.differences) + len(comp.summary_claims) <= MAX_CLAIMS
    assert all(c.line >= 0 for c in comp.claims)


@SETTINGS
@given(_DOCUMENT)
def test_loading_raises_only_article_error(markdown: str) -> None:
    text = "---\ntitle: How do Alpha and Beta differ?\n---\n" + markdown
    try:
        parse_article_text(text, article_id="nested")
    except ArticleError as exc:
        assert str(exc)
