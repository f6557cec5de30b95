"""data/questions.yaml: the shipped file is valid, and renaming a need fails validate at its line."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from explorer.checks.validate import DATA_FILE_CHECKS
from explorer.choosing import QUESTIONS, load_questions, weights_from_answers
from explorer.choosing.questions import check_questions
from explorer.errors import ArticleError
from explorer.paths import DEFAULT_NEEDS, DEFAULT_QUESTIONS

ROOT = Path(__file__).resolve().parents[2]

NEEDS = """\
needs:
  - id: speed
    label: Speed
    description: Fast?
    signals: [fast]
  - id: ease
    label: Ease
    description: Easy?
    signals: [easy]
"""

GOOD = """\
questions:
  - key: exp
    prompt: How much experience?
    answers:
      New: {ease: 3}
      A lot: {speed: 2, ease: 1}
"""


def write(tmp_path: Path, questions: str, needs: str = NEEDS) -> Path:
    (tmp_path / "needs.yaml").write_text(needs, encoding="utf-8")
    path = tmp_path / "questions.yaml"
    path.write_text(textwrap.dedent(questions), encoding="utf-8")
    return path


def test_the_shipped_questions_are_valid_and_listed() -> None:
    assert check_questions(DEFAULT_QUESTIONS) == []
    assert DATA_FILE_CHECKS["questions.yaml"].check is check_questions
    assert [q.key for q in load_questions()] == ["exp", "build", "run"]
    assert load_questions() == QUESTIONS  # the package-level name pages used


def test_a_good_file(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    assert check_questions(path) == []
    (question,) = load_questions(path)
    assert question.answers == {"New": {"ease": 3.0}, "A lot": {"speed": 2.0, "ease": 1.0}}
    assert weights_from_answers({"exp": "A lot"}, ["speed"], [question]) == {
        "speed": 5.0,
        "ease": 1.0,
    }


BAD = [
    pytest.param(
        GOOD.replace("{speed: 2,", "{sped: 2,"), 6, "weighs the need 'sped'", id="unknown-need"
    ),
    pytest.param(GOOD.replace("key: exp", "key: Exp_1"), 2, "not kebab-case", id="key-pattern"),
    pytest.param(GOOD.replace("key: exp", "key: must"), 2, "already uses", id="reserved-key"),
    pytest.param(GOOD.replace("key: exp", "key: w-speed"), 2, "already uses", id="weight-key"),
    pytest.param(
        GOOD + GOOD.removeprefix("questions:\n"), 7, "already used on line 2", id="duplicate-key"
    ),
    pytest.param(GOOD.replace("{ease: 3}", "{ease: 0}"), 5, "greater than 0", id="zero-weight"),
    pytest.param(GOOD.replace("{ease: 3}", "{ease: lots}"), 5, "valid number", id="text-weight"),
    pytest.param(
        GOOD.replace("    prompt: How much experience?\n", ""), 2, "'prompt'", id="no-prompt"
    ),
    pytest.param(GOOD + "    colour: red\n", 7, "'colour'", id="unknown-field"),
    pytest.param(GOOD.replace("A lot", "New"), 6, "appears twice", id="duplicate-answer"),
    pytest.param("questions: []\n", 1, "non-empty 'questions' list", id="empty"),
    pytest.param("questions:\n  - key: [x\n", 3, "not valid YAML", id="yaml-syntax"),
    pytest.param("questions:\n  - just text\n", 2, "question 1 is not a mapping", id="not-mapping"),
]


@pytest.mark.parametrize(("text", "line", "problem"), BAD)
def test_each_bad_case_is_caught_at_its_line(
    tmp_path: Path, text: str, line: int, problem: str
) -> None:
    path = write(tmp_path, text)
    problems = check_questions(path)
    assert any(problem in p.problem and p.line == line for p in problems), [
        str(p) for p in problems
    ]
    assert all(str(p).startswith(f"{path}:") and "; " in str(p) for p in problems)
    with pytest.raises(ArticleError):
        load_questions(path)


def test_an_unknown_need_suggests_the_close_one(tmp_path: Path) -> None:
    (problem,) = check_questions(write(tmp_path, GOOD.replace("{speed: 2,", "{sped: 2,")))
    assert problem.fix.startswith("did you mean 'speed'?")


def test_a_broken_needs_file_is_named(tmp_path: Path) -> None:
    (problem,) = check_questions(write(tmp_path, GOOD, needs="needs: []\n"))
    assert "cannot check the needs it names" in problem.problem
    assert str(tmp_path / "needs.yaml") in problem.problem


def test_renaming_a_need_fails_validate_at_the_questions_line(tmp_path: Path) -> None:
    """The shipped data with one need renamed: validate names questions.yaml and its line."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    needs = data / "needs.yaml"
    needs.write_text(
        DEFAULT_NEEDS.read_text(encoding="utf-8").replace(
            "id: mobile-embedded", "id: mobile-and-embedded"
        ),
        encoding="utf-8",
    )
    line = next(
        i
        for i, text in enumerate(DEFAULT_QUESTIONS.read_text(encoding="utf-8").splitlines(), 1)
        if "mobile-embedded" in text
    )
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "validate", str(data)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 1
    expected = f"{data / 'questions.yaml'}:{line}: the answer 'On phones or small devices'"
    assert expected in result.stdout, result.stdout
    assert "did you mean 'mobile-and-embedded'?" in result.stdout
