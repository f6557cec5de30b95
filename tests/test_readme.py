"""The README's two commands stay true: CI runs the very test command the README shows."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def two_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", section, flags=re.DOTALL)


def test_readme_has_exactly_two_commands() -> None:
    commands = two_commands()
    assert len(commands) == 2
    assert all("\n" not in c for c in commands)
    start, test = commands
    assert start == "pip install -r requirements.txt && streamlit run app.py"
    for part in ("requirements-dev.txt", "ruff check", "mypy", "pytest"):
        assert part in test


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert two_commands()[1] in ci.splitlines()


def test_requirements_are_pinned() -> None:
    for name in ("requirements.txt", "requirements-dev.txt"):
        for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith(("#", "-r")):
                assert "==" in line, f"{name}: {line} is not pinned"
