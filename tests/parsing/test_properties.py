"""Property tests: whatever the input, loading returns an Article or raises ArticleError."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.errors import ArticleError
from explorer.load import parse_article_bytes, parse_article_text
from explorer.model import Article

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _loads_or_article_error(call: object) -> Article | None:
    try:
        result = call()  # type: ignore[operator]
    except ArticleError as exc:
        assert str(exc)  # a message, always
        return None
    assert isinstance(result, Article)
    return result


@SETTINGS
@given(st.text())
def test_any_text(text: str) -> None:
    _loads_or_article_error(lambda: parse_article_text(text, article_id="x"))


@SETTINGS
@given(st.binary())
def test_any_bytes(data: bytes) -> None:
    _loads_or_article_error(lambda: parse_article_bytes(data, article_id="x"))


_YAMLISH = st.sampled_from(
    ["---", "title: x", "answer: >-", "  - a", "key: [", "date: 2024-02-30", "? a", ": b", "&a x",
     "*a", "!!binary abc", "related_article1:", "    title: t", "\t", "'", '"', "%YAML 1.1", "..."]
)  # fmt: skip


@SETTINGS
@given(st.lists(st.one_of(_YAMLISH, st.text(max_size=10)), max_size=12))
def test_yaml_like_front_matter(lines: list[str]) -> None:
    text = "---\n" + "\n".join(lines) + "\n---\nbody text\n"
    _loads_or_article_error(lambda: parse_article_text(text, article_id="x"))


# --- Markdown bodies inside valid front matter ---------------------------------------------------

_words = (
    st.text(alphabet=st.sampled_from("abcdefgh XYZ/()-:*_`$\\"), min_size=1, max_size=16)
    .map(str.strip)
    .filter(bool)
)
_name = st.sampled_from(
    ["Alpha", "Beta", "Gamma", "Speed", "Cost", "/8", "Summary", "Key Differences"]
)
_label = st.one_of(_name, _words)
_sep = st.sampled_from([": ", ":** ", " - ", " – ", " — ", " "])


@st.composite
def _bold(draw: st.DrawFn) -> str:
    label, sep, rest = draw(_label), draw(_sep), draw(_words)
    if sep == ":** ":
        return f"**{label}:** {rest}"
    return f"**{label}**{sep}{rest}"


_line = st.one_of(
    st.builds(lambda n, h: "#" * n + " " + h, st.integers(1, 6), _label),
    st.builds(lambda n, h: f"### {n}. {h}", st.integers(1, 9), _label),
    st.builds(lambda b: f"- {b}", _bold()),
    st.builds(lambda b: f"  - {b}", _bold()),
    st.builds(lambda n, b: f"{n}. {b}", st.integers(1, 9), _bold()),
    st.builds(lambda w: f"- {w}", _words),
    st.builds(lambda w: f"   - {w}", _words),
    st.builds(lambda w: f"**{w}**", _label),
    st.builds(lambda a, b: f"| Feature | {a} | {b} |", _name, _name),
    st.just("|---|---|---|"),
    st.builds(lambda a, b: f"| {a} | {b} | x |", _words, _words),
    st.sampled_from(["```python", "```", "    code", "> quote", "", "", "<div>", "$x \\neq y$"]),
    _words,
)


@SETTINGS
@given(
    st.lists(_line, max_size=25),
    st.sampled_from(["Alpha vs Beta", "How do Alpha, Beta and Gamma differ?", ""]),
)
def test_markdownish_answers(lines: list[str], title: str) -> None:
    answer = "\\n".join(lines).replace("'", "''")
    text = f"---\ntitle: '{title}'\nanswer: '{answer}'\n---\n"
    article = _loads_or_article_error(lambda: parse_article_text(text, article_id="x"))
    if article is None:
        return
    comp = article.comparison
    assert len(set(comp.subjects)) == len(comp.subjects)
    assert all(c.subject in comp.subjects for c in comp.claims)
    assert all(s in comp.subjects for s in comp.summary)
    assert all(1 <= c.line <= max(1, len(article.markdown.splitlines())) for c in comp.claims)
    # A backslash-n left in a claim can only be a LaTeX command such as \\neq, never a break.
    assert not [c.text for c in comp.claims if re.search(r"\\n(?![a-zA-Z])", c.text)]


@SETTINGS
@given(st.lists(_line, max_size=25))
def test_markdownish_bodies(lines: list[str]) -> None:
    text = "---\ntitle: Alpha vs Beta\n---\n" + "\n".join(lines) + "\n"
    _loads_or_article_error(lambda: parse_article_text(text, article_id="x"))
