"""data/facts.yaml: the shipped file validates, each seed claim gets exactly its corrections,
and a bad file gets each problem on the right line."""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

import pytest

from explorer.checks.validate import DATA_FILE_CHECKS, validate_directory
from explorer.errors import ArticleError
from explorer.facts import (
    CORRECTION_COLUMNS,
    Fact,
    annotate_article,
    annotate_frame,
    check_facts_file,
    corrections_for,
    date_period,
    load_facts,
    note_markdown,
    note_text,
)
from explorer.load import load_article, parse_article_text
from explorer.model import Article, Claim, all_claims, claims_frame
from explorer.paths import DEFAULT_FACTS

DATA = DEFAULT_FACTS.parent
SEED = DATA / "articles" / "keras-tensorflow-pytorch.md"
TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def facts() -> tuple[Fact, ...]:
    return load_facts(DEFAULT_FACTS, today=TODAY)


@pytest.fixture(scope="module")
def seed() -> Article:
    return load_article(SEED)


def _claim(article: Article, subject: str | None, attribute: str | None) -> Claim:
    found = [c for c in all_claims(article) if c.subject == subject and c.attribute == attribute]
    assert len(found) == 1, (subject, attribute, found)
    return found[0]


# --------------------------------------------------------------------------- shipped data


def test_shipped_facts_validate() -> None:
    assert check_facts_file(DEFAULT_FACTS, today=TODAY) == []


def test_shipped_facts_validate_today() -> None:
    # The real clock: a fact dated after "today" would fail here first.
    assert check_facts_file(DEFAULT_FACTS) == []


def test_check_is_listed_for_validate() -> None:
    assert DATA_FILE_CHECKS["facts.yaml"].check is check_facts_file
    assert not [p for p in validate_directory(DATA) if p.path.endswith("facts.yaml")]


SEED_EXPECTATIONS: list[tuple[str, str | None, list[str]]] = [
    ("Keras", "High-Level API", []),
    ("Keras", "Multi-Backend Support", ["keras-multi-backend"]),
    ("Keras", "Rapid Prototyping", []),
    ("Keras", "Limitations", ["keras-flexibility"]),
    ("TensorFlow", "Production Scalability", []),
    (
        "TensorFlow",
        "Ecosystem and Tools",
        ["tensorflow-lite-litert", "tensorboard-beyond-tensorflow"],
    ),
    ("TensorFlow", "Integration with Distributed Computing", ["tensorflow-spark-add-ons"]),
    ("TensorFlow", "Flexibility", []),
    ("PyTorch", "Dynamic Computation Graphs", ["pytorch-dynamic-graphs"]),
    ("PyTorch", "Ease of Use", []),
    ("PyTorch", "Ideal for Research", []),
    ("PyTorch", "Community and Adoption", []),
]


@pytest.mark.parametrize(("subject", "attribute", "expected"), SEED_EXPECTATIONS)
def test_seed_claim_gets_exactly_its_corrections(
    seed: Article, facts: tuple[Fact, ...], subject: str, attribute: str, expected: list[str]
) -> None:
    claim = _claim(seed, subject, attribute)
    assert [f.id for f in corrections_for(seed, claim, facts)] == expected


def test_every_seed_claim_is_in_the_table(seed: Article) -> None:
    listed = {(s, a) for s, a, _ in SEED_EXPECTATIONS}
    assert {(c.subject, c.attribute) for c in seed.comparison.claims} == listed


def test_summaries_get_no_correction(seed: Article, facts: tuple[Fact, ...]) -> None:
    for claim in seed.comparison.summary_claims:
        assert corrections_for(seed, claim, facts) == [], claim.text


def test_annotate_article_lists_only_corrected_claims(
    seed: Article, facts: tuple[Fact, ...]
) -> None:
    notes = annotate_article(seed, facts)
    got = {(c.subject, c.attribute): [f.id for f in fs] for c, fs in notes.items()}
    assert got == {(s, a): ids for s, a, ids in SEED_EXPECTATIONS if ids}


def test_facts_follow_the_words_not_the_lines(facts: tuple[Fact, ...]) -> None:
    """The same claim, moved and in another case, still gets its correction."""
    text = "keras can run on top of multiple backends, including TensorFlow, theano, and cntk."
    moved = Claim("keras", "Backends", text, line=999)
    assert [f.id for f in corrections_for("keras-tensorflow-pytorch", moved, facts)] == [
        "keras-multi-backend"
    ]
    # ... but not in another article, nor under another subject.
    assert corrections_for("other-article", moved, facts) == []
    wrong_subject = Claim("PyTorch", "Backends", text, line=1)
    assert corrections_for("keras-tensorflow-pytorch", wrong_subject, facts) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serve models with TorchServe.", ["torchserve-limited-maintenance"]),
        ("Deploy to phones with PyTorch   Mobile.", ["pytorch-mobile-executorch"]),
        ("TorchServer is something else.", []),  # whole words only
        ("PyTorch mobileish", []),
    ],
)
def test_unscoped_facts_apply_to_any_article(
    facts: tuple[Fact, ...], text: str, expected: list[str]
) -> None:
    claim = Claim("PyTorch", "Deployment", text, line=1)
    assert [f.id for f in corrections_for("my-own-article", claim, facts)] == expected


def test_whole_word_matching() -> None:
    fact = Fact.model_validate(
        {
            "id": "lite",
            "match": "TensorFlow Lite",
            "status": "outdated",
            "correction": "Renamed.",
            "sources": [{"title": "t", "url": "https://example.org/x", "date": "2024-09-04"}],
            "checked": "2026-11-25",
        }
    )
    assert fact.applies_to("a", None, "uses tensorflow\nlite on phones")
    assert not fact.applies_to("a", None, "uses TensorFlow LiteRT")
    assert not fact.applies_to("a", None, "uses TensorFlowLite")


# --------------------------------------------------------------------------- display helpers


def test_note_text_is_dated_and_sourced(seed: Article, facts: tuple[Fact, ...]) -> None:
    fact = next(f for f in facts if f.id == "keras-multi-backend")
    text = note_text(fact, article_date=seed.date)
    assert text.startswith("Outdated (changed 2020-06-17, before this article was written): ")
    assert "Keras README at tag 2.4.0" in text and "(2020-06-17)" in text
    assert text.endswith("Checked 2026-12-01.")
    assert "\n" not in text
    md = note_markdown(fact, article_date=seed.date)
    assert "(https://github.com/keras-team/keras/blob/2.4.0/README.md)" in md
    assert md.startswith("**Outdated**")


def test_annotate_frame_adds_plain_text_columns(seed: Article, facts: tuple[Fact, ...]) -> None:
    frame = claims_frame([seed])
    out = annotate_frame(frame, facts, article_dates={seed.id: seed.date})
    assert list(out.columns) == [*frame.columns, *CORRECTION_COLUMNS]
    assert "correction" not in frame.columns  # the input is left alone
    row = out[out["attribute"] == "Ecosystem and Tools"].iloc[0]
    assert row["correction_ids"] == "tensorflow-lite-litert, tensorboard-beyond-tensorflow"
    assert row["correction_status"] == "outdated, clarified"
    assert row["correction_date"] == "2026-08-21"
    assert row["correction"].count("\n") == 1
    assert "LiteRT" in row["correction"]
    untouched = out[out["attribute"] == "Ease of Use"].iloc[0]
    assert (untouched["correction"], untouched["correction_ids"]) == ("", "")
    assert (out["correction"] != "").sum() == 5


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2024-09-04", date(2024, 9, 4), date(2024, 9, 4)),
    ],
)
def test_date_period(text: str, start: date, end: date) -> None:
    assert date_period(text) == (start, end)


@pytest.mark.parametrize("text", ["2024-13", "2023-02-29", "24-01-01", "2024/01/01", "soon"])
def test_date_period_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        date_period(text)


# --------------------------------------------------------------------------- bad files

GOOD_ENTRY = """\
- id: keras-multi-backend
  article: keras-tensorflow-pytorch
  subject: Keras
  match: [Theano, CNTK]
  status: outdated
  correction: Multi-backend Keras was discontinued.
  sources:
    - title: Keras README at tag 2.4.0
      url: https://github.com/keras-team/keras/blob/2.4.0/README.md
      date: 2020-06-17
  checked: 2026-11-25
"""


def _write(tmp_path: Path, text: str, *, with_seed: bool = True) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    if with_seed:
        (articles / SEED.name).write_bytes(SEED.read_bytes())
    path = tmp_path / "facts.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_good_file_in_tmp_has_no_problems(tmp_path: Path) -> None:
    assert check_facts_file(_write(tmp_path, GOOD_ENTRY), today=TODAY) == []


BAD_FILE = """\
- id: Keras_Backends
  article: keras-tensorflow-pytorch
  subject: Keras
  match: [Theano, CNTK]
  status: stale
  correction: Multi-backend Keras was discontinued.
  sources:
    - title: Keras README
      url: http://github.com/keras-team/keras
      date: 2020-06-31
  checked: 2026-11-25
  colour: red
- id: tf-spark
  article: keras-tensorflow-pytorch
  subject: TensorFlow
  match: Apache Hadoop
  status: outdated
  correction: Add-ons only.
  sources:
    - title: PyPI
      url: https://pypi.org/project/tensorflowonspark/
      date: 2022-04
  checked: 2026-11-25
- id: tf-spark
  article: no-such-article
  match: Spark
  status: outdated
  correction: Add-ons only.
  sources:
    - title: PyPI
      url: https://pypi.org/project/tensorflowonspark/
      date: 2027-01-02
  checked: 2062-11-25
  as_of: 2027-02
- id: no-correction
  match: TorchServe
  status: outdated
  sources: []
  checked: 2026-11
- just a string
"""

BAD_EXPECTED: list[tuple[int, str]] = [
    (1, "id: 'Keras_Backends' is not lower-case words joined by hyphens"),
    (5, "status: Input should be"),
    (9, "sources.0.url: 'http://github.com/keras-team/keras' is not an https:// URL"),
    (10, "sources.0.date: '2020-06-31' is not a date"),
    (12, "unknown field 'colour'"),
    (16, "fact 'tf-spark' matches no claim of 'keras-tensorflow-pytorch': 'Apache Hadoop'"),
    (24, "the id 'tf-spark' is already used on line 13"),
    (25, "no article 'no-such-article'"),
    (32, "date 2027-01-02 is in the future"),
    (33, "checked 2062-11-25 is in the future"),
    (34, "as_of 2027-02 is in the future"),
    (35, "fact 'no-correction' has no 'correction'"),
    (38, "sources: Tuple should have at least 1 item"),
    (39, "checked: '2026-11' is not a full date"),
    (40, "fact 5 is not a mapping"),
]


def test_bad_file_gives_each_problem_on_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, BAD_FILE)
    problems = check_facts_file(path, today=TODAY)
    got = [(p.line, p.problem) for p in problems]
    for line, start in BAD_EXPECTED:
        assert any(ln == line and text.startswith(start) for ln, text in got), (line, start, got)
    assert len(problems) == len(BAD_EXPECTED), got
    assert all(p.fix and p.path == str(path) for p in problems)
    assert str(problems[0]).startswith(f"{path}:1: id: 'Keras_Backends'")


def test_load_facts_raises_the_first_problem(tmp_path: Path) -> None:
    path = _write(tmp_path, BAD_FILE)
    with pytest.raises(ArticleError) as info:
        load_facts(path, today=TODAY)
    assert info.value.line == 1
    assert info.value.fix
    assert str(info.value).startswith(f"{path}:1: ")


def test_future_dates_are_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD_ENTRY)
    # The same file, checked "a day before" its check date.
    problems = check_facts_file(path, today=date(2026, 11, 24))
    assert [(p.line, p.problem) for p in problems] == [
        (11, "checked 2026-11-25 is in the future (today is 2026-11-24)")
    ]
    with pytest.raises(ArticleError, match="in the future"):
        load_facts(path, today=date(2026, 11, 24))


def test_a_source_newer_than_the_check_is_flagged(tmp_path: Path) -> None:
    text = GOOD_ENTRY.replace("date: 2020-06-17", "date: 2026-11-25").replace(
        "checked: 2026-11-25", "checked: 2026-11-20"
    )
    path = _write(tmp_path, text)
    assert [(p.line, p.problem) for p in check_facts_file(path, today=TODAY)] == [
        (10, "the source is dated 2026-11-25, after the fact was checked (2026-11-20)")
    ]


def test_a_month_is_not_in_the_future_during_that_month(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD_ENTRY.replace("date: 2020-06-17", "date: 2026-11"))
    assert check_facts_file(path, today=TODAY) == []


def test_unmatched_phrase_is_flagged(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD_ENTRY.replace("[Theano, CNTK]", "[Theano, MXNet]"))
    problems = check_facts_file(path, today=TODAY)
    assert [(p.line, p.problem) for p in problems] == [
        (
            4,
            (
                "fact 'keras-multi-backend' matches no claim of 'keras-tensorflow-pytorch': "
                "'MXNet' occurs in no claim"
            ),
        )
    ]
    assert "python -m explorer parse" in problems[0].fix


def test_phrases_in_different_claims_do_not_match(tmp_path: Path) -> None:
    # "Theano" and "TensorBoard" both occur in the seed, but never in one claim.
    path = _write(tmp_path, GOOD_ENTRY.replace("[Theano, CNTK]", "[Theano, TensorBoard]"))
    (problem,) = check_facts_file(path, today=TODAY)
    assert problem.line == 4
    assert problem.problem.endswith("no single claim has all the phrases under subject 'Keras'")


def test_unscoped_facts_need_not_match_shipped_articles(tmp_path: Path) -> None:
    text = GOOD_ENTRY.replace("  article: keras-tensorflow-pytorch\n", "").replace(
        "[Theano, CNTK]", "Caffe2"
    )
    assert check_facts_file(_write(tmp_path, text), today=TODAY) == []


@pytest.mark.parametrize(
    ("text", "line", "start"),
    [
        ("", 1, "the facts file is empty"),
        ("id: x\n", 1, "the facts file must be a YAML list"),
        ("- id: x\n  match: [a\n", 3, "not valid YAML"),
        (GOOD_ENTRY.replace("  status: outdated\n", "  status: outdated\n  status: x\n"), 6, ""),
    ],
)
def test_broken_files(tmp_path: Path, text: str, line: int, start: str) -> None:
    problems = check_facts_file(_write(tmp_path, text), today=TODAY)
    assert problems and problems[0].line == line
    assert problems[0].problem.startswith(start or "the key 'status' appears twice")


def test_missing_file_is_an_article_error(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="does not exist"):
        load_facts(tmp_path / "facts.yaml")


def test_corrections_for_a_parsed_text_article(facts: tuple[Fact, ...]) -> None:
    """An instructor's article (no ``article`` match) still gets the unscoped facts."""
    text = textwrap.dedent(
        """\
        ---
        title: Serving PyTorch
        date: 2026-01-10
        ---
        ### PyTorch
        - **Serving**: TorchServe is the standard way to serve models.
        ### TensorFlow
        - **Serving**: TensorFlow Serving handles production traffic.
        """
    )
    article = parse_article_text(text, article_id="serving")
    notes = {c.subject: [f.id for f in fs] for c, fs in annotate_article(article, facts).items()}
    assert notes == {"PyTorch": ["torchserve-limited-maintenance"]}
