"""Loading one file: every bad input is an ArticleError with a clear message, or a warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.errors import ArticleError
from explorer.load import MAX_BYTES, load_article, parse_article_bytes, parse_article_text

GOOD_ANSWER = (
    "answer: >-\n"
    "    Two tools.\\n\\n### Alpha\\n- **Speed**: Fast.\\n\\n### Beta\\n- **Speed**: Slow.\n"
)


def fm(*lines: str, answer: str = GOOD_ANSWER) -> str:
    return "---\n" + "".join(f"{line}\n" for line in lines) + answer + "---\n"


# (case id, file bytes, phrase the message must contain, line, column)
ERRORS: list[tuple[str, bytes, str, int | None, int | None]] = [
    ("empty", b"", "the file is empty", None, None),
    ("only-whitespace", b"  \n\n\t\n", "the file is empty", None, None),
    ("not-utf8", b"---\ntitle: x\n---\nabc\xe9 def\n", "not UTF-8", 4, 4),
    ("not-utf8-first-byte", b"\xff\xfe\x00", "not UTF-8", 1, 1),
    ("nul", b"---\ntitle: x\n---\nab\x00c\n", "NUL", 4, None),
    (
        "bad-yaml-colon",
        b"---\ntitle: ok\nquestion: a: b\nanswer: x\n---\n",
        "YAML front matter is invalid",
        3,
        12,
    ),
    (
        "bad-yaml-after-blank-lines",
        b"\n\n---\ntitle: ok\nquestion: fine\nkeywords: [a, b\nanswer: x\n---\n",
        "YAML front matter is invalid",
        7,
        None,
    ),
    ("bad-yaml-tab", b"---\ntitle: x\n\tanswer: y\n---\n", "YAML front matter is invalid", 3, 1),
    ("bad-yaml-unclosed-at-end", b"---\ntitle: [oops\n---\nx\n", "flow sequence", 2, 8),
    ("front-matter-list", b"---\n- a\n- b\n---\nbody\n", "is a list, not a mapping", 2, 1),
    ("front-matter-scalar", b"---\njust words\n---\nbody\n", "not a mapping", 2, 1),
    ("unclosed", b"---\ntitle: x\nanswer: y\n", "never closed", 1, 1),
    ("no-text", b"---\ntitle: x\nquestion: y\n---\n", "has no text", 1, None),
    ("blank-answer-no-body", b"---\ntitle: x\nanswer: '   '\n---\n\n", "has no text", 1, None),
    ("impossible-date", b"---\ntitle: x\ndate: 2024-13-45\n---\nbody\n", "cannot be read", 3, None),
    (
        "too-big",
        b"---\ntitle: x\n---\n" + b"a" * (MAX_BYTES + 1),
        "over the 1 MiB limit",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("data", "phrase", "line", "column"),
    [case[1:] for case in ERRORS],
    ids=[case[0] for case in ERRORS],
)
def test_bad_input_raises_article_error(
    tmp_path: Path, data: bytes, phrase: str, line: int | None, column: int | None
) -> None:
    path = tmp_path / "bad-article.md"
    path.write_bytes(data)
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    error = caught.value
    assert phrase in str(error)
    assert error.path == str(path)
    assert str(error).startswith(str(path))
    assert error.fix, "every error says how to fix it"
    assert error.line == line
    if column is not None:
        assert error.column == column
        assert f"{path}:{line}:{column}: " in str(error)


def test_yaml_error_line_points_at_the_broken_line(tmp_path: Path) -> None:
    lines = ["---", "title: fine", "question: fine", "author: x", "bad: key: here", "---", ""]
    path = tmp_path / "a.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert caught.value.line is not None
    assert lines[caught.value.line - 1] == "bad: key: here"


def test_too_big_message_names_the_size(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_bytes(b"x" * (2 * MAX_BYTES))
    with pytest.raises(ArticleError, match=r"file is 2\.0 MiB, over the 1 MiB limit"):
        load_article(path)
    with pytest.raises(ArticleError, match="over the 1 MiB limit"):
        parse_article_bytes(b"x" * (MAX_BYTES + 1), article_id="x")


def test_missing_file_is_an_article_error(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="cannot read the file"):
        load_article(tmp_path / "nope.md")


# (case id, text, warning phrase)
WARNINGS = [
    ("no-title-no-question", fm(), "no `title` or `question`"),
    (
        "no-front-matter",
        "### Alpha\n- **Speed**: Fast.\n\n### Beta\n- **Speed**: Slow.\n",
        "no `title`",
    ),
    (
        "duplicate-subject",
        fm(
            "title: Alpha vs Beta",
            answer="answer: >-\n    ### Alpha\\n- **Speed**: Fast.\\n\\n### Beta\\n- **Speed**: Slow."
            "\\n\\n### Alpha\\n- **Cost**: Free.\n",
        ),
        "subject 'Alpha' appears more than once (lines 1 and 7); its sections were merged",
    ),
    (
        "one-subject",
        fm("title: Alpha", answer="answer: >-\n    ### Alpha\\n- **Speed**: Fast.\n"),
        "not a comparison: found 0 subjects",  # one group is its points (Speed: Fast.)
    ),
]


@pytest.mark.parametrize(
    ("text", "phrase"), [c[1:] for c in WARNINGS], ids=[c[0] for c in WARNINGS]
)
def test_rough_input_loads_with_a_warning(text: str, phrase: str) -> None:
    article = parse_article_text(text, article_id="x")
    assert any(phrase in w for w in article.all_warnings), article.all_warnings


def test_duplicate_subjects_are_merged() -> None:
    text = fm(
        "title: Alpha vs Beta",
        answer="answer: >-\n    ### Alpha\\n- **Speed**: Fast.\\n\\n### Beta\\n- **Speed**: Slow."
        "\\n\\n### Alpha\\n- **Cost**: Free.\n",
    )
    comp = parse_article_text(text, article_id="x").comparison
    assert comp.subjects == ("Alpha", "Beta")
    assert [c.attribute for c in comp.claims_for("Alpha")] == ["Speed", "Cost"]


def test_missing_title_falls_back_to_first_heading_or_id() -> None:
    body = "---\nauthor: me\n---\n# Alpha or Beta\n\n### Alpha\n- **Speed**: Fast.\n"
    assert parse_article_text(body, article_id="x").title == "Alpha or Beta"
    assert parse_article_text(fm(), article_id="alpha-beta").title == "Alpha beta"


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (["title: T", "question: Q"], ("T", "Q")),
        (["title: T"], ("T", "T")),
        (["question: Q"], ("Q", "Q")),
        (["article_title: A"], ("A", "A")),
    ],
)
def test_title_and_question_stand_in_for_each_other(
    meta: list[str], expected: tuple[str, str]
) -> None:
    article = parse_article_text(fm(*meta), article_id="x")
    assert (article.title, article.question) == expected
    assert article.warnings == ()


def test_empty_related_article_slots_are_skipped() -> None:
    text = fm(
        "title: T",
        "related_article1:",
        "related_article2:",
        "    id: 7",
        "    title: >-",
        "        Second?",
        "    url: /q/second",
        "related_article3: ''",
        "related_article10:",
        "    title: Tenth",
    )
    related = parse_article_text(text, article_id="x").related
    assert [(r.title, r.url, r.source_id) for r in related] == [
        ("Second?", "/q/second", "7"),
        ("Tenth", None, None),
    ]


def test_metadata_fields() -> None:
    text = fm(
        "id: 42",
        "date: 2024-11-26",
        "title: Alpha vs Beta",
        "author: QuickTakes",
        "subject: Computer Science",
        "url: /learn/x",
        "seo:",
        "  page_keywords: >-",
        "    alpha, beta , ,gamma",
    )
    a = parse_article_text(text, article_id="alpha-beta")
    assert (a.id, a.source_id, a.date, a.author, a.category, a.url) == (
        "alpha-beta",
        "42",
        "2024-11-26",
        "QuickTakes",
        "Computer Science",
        "/learn/x",
    )
    assert a.keywords == ("alpha", "beta", "gamma")
    assert a.comparison.subjects == ("Alpha", "Beta")


@pytest.mark.parametrize(
    ("data", "subjects"),
    [
        (fm("title: Alpha vs Beta").encode(), ("Alpha", "Beta")),
        (b"\xef\xbb\xbf" + fm("title: Alpha vs Beta").encode(), ("Alpha", "Beta")),
        (fm("title: Alpha vs Beta").replace("\n", "\r\n").encode(), ("Alpha", "Beta")),
    ],
    ids=["utf8", "utf8-bom", "crlf"],
)
def test_encodings_and_line_ends(data: bytes, subjects: tuple[str, ...]) -> None:
    article = parse_article_bytes(data, article_id="x")
    assert article.title == "Alpha vs Beta"
    assert article.comparison.subjects == subjects


def test_body_form_keeps_backslashes_and_answer_wins() -> None:
    body_form = "---\ntitle: Alpha vs Beta\n---\n### Alpha\n- **Path**: C:\\new\\table\n\n### Beta\n- **Path**: /x\n"
    article = parse_article_text(body_form, article_id="x")
    assert article.comparison.claims[0].text == "C:\\new\\table"
    both = fm("title: Alpha vs Beta") + "### Gamma\n- **Speed**: ignored\n"
    assert parse_article_text(both, article_id="x").comparison.subjects == ("Alpha", "Beta")


def test_title_is_repaired() -> None:
    text = fm("title: >-", "    Hereâ€™s Alpha &amp;  Beta")
    assert parse_article_text(text, article_id="x").title == "Here’s Alpha & Beta"
