"""The needs vocabulary: the real file is valid, and every kind of mistake is caught with its line."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from explorer.checks.problem import ID_PATTERN
from explorer.checks.validate import validate_directory
from explorer.choosing.needs import check_needs, load_needs, normalise_signal
from explorer.errors import ArticleError
from explorer.paths import DEFAULT_NEEDS

ROOT = Path(__file__).resolve().parents[2]

GOOD_ENTRY = """\
  - id: speed
    label: Speed
    description: Does it need to be fast?
    signals: [fast, speed]
"""


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "needs.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_the_real_vocabulary_is_valid() -> None:
    assert check_needs(DEFAULT_NEEDS) == []


def test_the_real_vocabulary_has_the_brief_needs_and_generic_ones() -> None:
    ids = {n.id for n in load_needs()}
    assert {
        "beginner-friendly",
        "rapid-prototyping",
        "research",
        "production-deployment",
        "mobile-embedded",
        "distributed-training",
        "visualization-monitoring",
        "flexibility",
        "community-resources",
        "performance",
        "scalability",
        "security",
        "simplicity",
        "reliability",
        "compatibility",
        "low-cost",
    } <= ids
    assert all(ID_PATTERN.match(i) for i in ids)
    assert all(n.description.endswith("?") for n in load_needs())


BAD_CASES = [
    pytest.param(
        "needs:\n" + GOOD_ENTRY + "  - id: speed\n    label: Again\n    description: x?\n"
        "    signals: [quick]\n",
        6,
        "already used on line 2",
        id="duplicate-id",
    ),
    pytest.param(
        "needs:\n  - id: Rapid_Prototyping\n    label: R\n    description: x?\n"
        "    signals: [prototype]\n",
        2,
        "not kebab-case",
        id="id-pattern",
    ),
    pytest.param(
        "needs:\n  - id: empty\n    label: E\n    description: x?\n    signals: []\n",
        5,
        "field 'signals'",
        id="empty-signals",
    ),
    pytest.param(
        "needs:\n  - id: blank\n    label: B\n    description: x?\n    signals:\n"
        "      - ok\n      - '   '\n",
        7,
        "blank signal",
        id="blank-signal",
    ),
    pytest.param(
        "needs:\n" + GOOD_ENTRY + "  - id: quick\n    label: Q\n    description: x?\n"
        "    signals:\n      - quick\n      - Fast\n",
        11,
        "already a signal of need 'speed'",
        id="shared-signal",
    ),
    pytest.param(
        "needs:\n  - id: hyphen\n    label: H\n    description: x?\n"
        "    signals: [user-friendly]\n  - id: space\n    label: S\n    description: y?\n"
        "    signals: [user friendly]\n",
        9,
        "already a signal",
        id="shared-signal-spelt-differently",
    ),
    pytest.param(
        "needs:\n" + GOOD_ENTRY + "  - id: nolabel\n    description: x?\n    signals: [a b]\n",
        6,
        "field 'label'",
        id="missing-label",
    ),
    pytest.param(
        "needs:\n  - id: extra\n    label: X\n    description: x?\n    signals: [x]\n"
        "    signal: [y]\n",
        6,
        "field 'signal'",
        id="unknown-key",
    ),
    pytest.param("needs:\n  - id: [unclosed\n", 3, "not valid YAML", id="yaml-syntax"),
    pytest.param("- id: x\n", 1, "not a mapping", id="top-level-list"),
    pytest.param("needs: []\n", 1, "not a non-empty list", id="no-needs"),
]


@pytest.mark.parametrize(("body", "line", "problem"), BAD_CASES)
def test_each_bad_case_is_caught_at_its_line(
    tmp_path: Path, body: str, line: int, problem: str
) -> None:
    problems = check_needs(write(tmp_path, body))
    assert problems, "the bad file passed"
    assert any(problem in p.problem and p.line == line for p in problems), [
        str(p) for p in problems
    ]
    for p in problems:
        assert str(p).startswith(f"{tmp_path / 'needs.yaml'}:")
        assert "; " in str(p)  # path:line: problem; fix


def test_load_needs_refuses_a_bad_file(tmp_path: Path) -> None:
    path = write(
        tmp_path, "needs:\n  - id: Bad Id\n    label: B\n    description: x?\n    signals: [b]\n"
    )
    with pytest.raises(ArticleError, match="kebab-case"):
        load_needs(path)


def test_validate_finds_the_needs_file_in_a_data_folder(tmp_path: Path) -> None:
    write(tmp_path, "needs:\n" + GOOD_ENTRY + GOOD_ENTRY)
    problems = validate_directory(tmp_path)
    assert problems[0].line == 6 and "already used on line 2" in problems[0].problem
    assert {p.path for p in problems} == {str(tmp_path / "needs.yaml")}


def test_validate_cli_prints_path_line_problem_fix(tmp_path: Path) -> None:
    write(tmp_path, "needs:\n" + GOOD_ENTRY + GOOD_ENTRY)
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "validate", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 1
    assert f"{tmp_path / 'needs.yaml'}:6: the need id 'speed' is already used" in result.stdout


def test_validate_cli_passes_the_real_data() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "validate", "data"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert "needs.yaml" not in result.stdout


@pytest.mark.parametrize(
    ("a", "b"), [("User-Friendly", "user friendly"), (" fast ", "FAST"), ("a  b", "a-b")]
)
def test_signals_compare_without_case_spacing_or_hyphens(a: str, b: str) -> None:
    assert normalise_signal(a) == normalise_signal(b)
