"""Hostile and oversized files are refused with a message; nothing else is lost, nothing crashes.

Each case is built by a function (no bomb is committed to the repository).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

import explorer.load
from explorer.cli.main import EXIT_CLOSED_PIPE, main
from explorer.corpus import article_paths, data_stamp, load_corpus
from explorer.errors import ArticleError
from explorer.load import MAX_LINE_CHARS, MAX_YAML_VALUES, load_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "keras-tensorflow-pytorch.md"
ANSWER = "answer: >-\n    ### Alpha\\n- **Speed**: Fast.\\n\\n### Beta\\n- **Speed**: Slow.\n"


def alias_bomb(field: str = "date") -> str:
    """The billion-laughs shape: nine levels of nine aliases, used in one field."""
    lines = ["---", "title: Alpha vs Beta", 'a0: &a0 "lol"']
    for n in range(1, 10):
        lines.append(f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]")
    return "\n".join([*lines, f"{field}: *a9", ANSWER + "---", ""])


def long_answer_line() -> str:
    return f"---\ntitle: Alpha vs Beta\nanswer: >-\n    intro\\n{'x' * (MAX_LINE_CHARS + 1)}\n---\n"


def long_body_line() -> str:
    return f"---\ntitle: Alpha vs Beta\n---\n\nintro\n\n{'y' * (MAX_LINE_CHARS + 1)}\n"


def long_title() -> str:
    return f"---\ntitle: {'t' * (MAX_LINE_CHARS + 1)}\n{ANSWER}---\n"


def deep_yaml_in_title() -> str:
    return "---\ntitle: " + "[" * 20_000 + "]" * 20_000 + "\n" + ANSWER + "---\n"


# (case id, file builder, phrase of the message, line the message names)
REFUSED: list[tuple[str, Callable[[], str], str, int | None]] = [
    ("alias-bomb-in-date", alias_bomb, f"expand to more than {MAX_YAML_VALUES:,} values", 8),
    ("alias-bomb-in-title", lambda: alias_bomb("title"), "expand to more than", 8),
    ("long-answer-line", long_answer_line, "line 2 of the `answer` text is", 3),
    ("long-body-line", long_body_line, f"over the {MAX_LINE_CHARS:,}-character limit", 7),
    ("long-title", long_title, "the `title` field is", 2),
]


@pytest.mark.parametrize(
    ("build", "phrase", "line"), [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED]
)
def test_limits_refuse_the_file_with_path_line_problem_fix(
    tmp_path: Path, build: Callable[[], str], phrase: str, line: int | None
) -> None:
    path = tmp_path / "hostile.md"
    path.write_text(build(), encoding="utf-8")
    tracemalloc.start()
    try:
        with pytest.raises(ArticleError) as caught:
            load_article(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    error = caught.value
    assert phrase in error.problem
    assert error.line == line and error.fix
    assert str(error).startswith(f"{path}:{line}:")
    assert peak < 20 * 2**20, f"refusing the file used {peak / 2**20:.0f} MiB"


def test_deep_yaml_in_a_used_field_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.md"
    path.write_text(deep_yaml_in_title(), encoding="utf-8")
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert caught.value.path == str(path) and caught.value.fix


@pytest.mark.parametrize(
    "yaml_text",
    [
        "shared: &s {title: x}\nseo: *s\nrelated_article1: *s\n",  # aliases within the limit
        "loop: &l [*l]\n",  # an alias inside its own anchor
        "base: &b {author: Someone}\n<<: *b\n",  # a merge key still merges
    ],
    ids=["small-aliases", "self-reference", "merge-key"],
)
def test_ordinary_aliases_still_load(yaml_text: str) -> None:
    text = f"---\ntitle: Alpha vs Beta\n{yaml_text}{ANSWER}---\n"
    article = explorer.load.parse_article_text(text, article_id="x")
    assert article.comparison.subjects == ("Alpha", "Beta")
    if "<<" in yaml_text:
        assert article.author == "Someone"


def test_any_exception_from_one_file_is_that_files_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(markdown: str, **_: str) -> None:
        if "Boom" in markdown:
            raise RecursionError("maximum recursion depth exceeded")
        return real(markdown, **_)

    real = explorer.load.parse_comparison
    monkeypatch.setattr(explorer.load, "parse_comparison", explode)
    shutil.copy(SEED, tmp_path / "a-good.md")
    (tmp_path / "b-boom.md").write_text("---\ntitle: Boom\n---\nBoom\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.ids == ("a-good",)
    (failure,) = corpus.failures
    assert failure.source == str(tmp_path / "b-boom.md")
    assert "RecursionError" in failure.message and failure.message.startswith(failure.source)

    out = io.StringIO()
    code = main(["parse", str(tmp_path / "a-good.md"), str(tmp_path / "b-boom.md"), "--json"], out)
    records = json.loads(out.getvalue())
    assert code == 1 and [r["ok"] for r in records] == [True, False]
    assert records[0]["subjects"] == ["Keras", "TensorFlow", "PyTorch"]


def test_cli_reports_the_good_file_next_to_a_bomb(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.md"
    bomb.write_text(alias_bomb(), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "explorer", "parse", str(SEED), str(bomb), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    records = json.loads(proc.stdout)
    assert proc.returncode == 1 and proc.stderr == ""
    assert [r["ok"] for r in records] == [True, False]
    assert records[1]["error"].startswith(f"{bomb}:8:5: the YAML front matter's aliases")


def _links(folder: Path) -> dict[str, Path]:
    """An article folder with a good file and links out of it and within it."""
    shutil.copy(SEED, folder / "a-good.md")
    outside = folder.parent / f"{folder.name}-outside.md"
    shutil.copy(SEED, outside)
    links = {
        "b-passwd.md": Path("/etc/passwd"),
        "c-outside.md": outside,
        "d-inside.md": folder / "a-good.md",
        "e-dangling.md": folder / "missing.md",
    }
    for name, target in links.items():
        (folder / name).symlink_to(target)
    return links


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="this system has no symbolic links")
def test_links_in_the_folder_are_errors_naming_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    links = _links(folder)
    assert [p.name for p in article_paths(folder)] == ["a-good.md", *sorted(links)]
    corpus = load_corpus(folder)
    assert corpus.ids == ("a-good",)
    assert [Path(f.source).name for f in corpus.failures] == sorted(links)
    for failure in corpus.failures:
        assert failure.message.startswith(f"{failure.source}: the file is a symbolic link")
        assert "root:" not in failure.message
    assert len(data_stamp(folder)) == 1 + len(links)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="this system has no named pipes")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    with pytest.raises(ArticleError, match="not a regular file"):
        load_article(pipe)


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", *[str(SEED)] * 300, "--json"],
        ["parse", *[str(SEED)] * 300],
        ["choose", str(SEED), "--need", "beginner-friendly", "--json"],
    ],
    ids=["parse-json", "parse-text", "choose-json"],
)
def test_a_closed_pipe_ends_the_command_quietly(argv: list[str]) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "explorer", *argv],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # what `| head` does once it has read enough; here, before any write
    stderr = proc.stderr.read().decode()
    code = proc.wait(timeout=120)
    assert stderr == ""
    assert code == EXIT_CLOSED_PIPE
