"""The one YAML reader: lines by path, duplicate keys, dates as text, and hostile shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.checks.yamlfile import read_yaml
from explorer.errors import ArticleError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "data.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_lines_of_keys_and_items(tmp_path: Path) -> None:
    file = read_yaml(write(tmp_path, "a:\n  - x: 1\n    y:\n      - 2\n      - 3\n"), "the file")
    assert file.data == {"a": [{"x": 1, "y": [2, 3]}]}
    assert file.line(("a",)) == 1
    assert file.line(("a", 0, "x")) == 2
    assert file.line(("a", 0, "y")) == 3  # a key's own line, not its value's
    assert file.line(("a", 0, "y", 1)) == 5
    assert file.line(("a", 0, "missing")) == 2  # the nearest located ancestor


def test_dates_stay_text(tmp_path: Path) -> None:
    file = read_yaml(write(tmp_path, "when: 2024-09-04\nbad: 2024-13-01\n"), "the file")
    assert file.data == {"when": "2024-09-04", "bad": "2024-13-01"}


def test_duplicate_keys_are_problems_at_the_kept_one(tmp_path: Path) -> None:
    file = read_yaml(write(tmp_path, "a: 1\nb: 2\na: 3\n"), "the file")
    (problem,) = file.duplicate_problems()
    assert (problem.line, problem.problem) == (3, "the key 'a' appears twice in one mapping")


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("a: [1\n", "not valid YAML", 2),
        ("a: !!python/object:os.system x\n", "not valid YAML", 1),
    ],
)
def test_bad_yaml_is_an_article_error(tmp_path: Path, text: str, message: str, line: int) -> None:
    with pytest.raises(ArticleError, match=message) as info:
        read_yaml(write(tmp_path, text), "the file")
    assert info.value.line == line and info.value.fix


def test_missing_and_unreadable(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="the file does not exist"):
        read_yaml(tmp_path / "nope.yaml", "the file")
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\xff\xfe\x00a")
    with pytest.raises(ArticleError, match="cannot read the file"):
        read_yaml(binary, "the file")


def test_deep_nesting_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    depth = 1500
    with pytest.raises(ArticleError, match="nested too deeply") as info:
        read_yaml(write(tmp_path, "a: " + "[" * depth + "]" * depth + "\n"), "the file")
    assert info.value.fix


def test_nesting_a_data_file_may_have_is_read(tmp_path: Path) -> None:
    depth = 50
    file = read_yaml(write(tmp_path, "a: " + "[" * depth + "]" * depth + "\n"), "the file")
    assert file.line(("a", *[0] * (depth - 2))) == 1


def test_an_alias_bomb_is_indexed_once_per_node(tmp_path: Path) -> None:
    """Nine levels of nine aliases mean 9**9 paths; each node is walked once, not per path."""
    lines = ['a0: &a0 "lol"']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    file = read_yaml(write(tmp_path, "\n".join(lines) + "\n"), "the file")
    assert file.line(("a9",)) == 10
    assert len(file.lines) < 200
