"""A folder with hostile files next to a good one: every page renders, and lists what failed.

The files are built here (an alias bomb, a link to /etc/passwd, a megabyte line); nothing
hostile is committed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from explorer.load import MAX_LINE_CHARS
from tests.pages.conftest import ROOT, OpenPage

PAGES = [
    "app.py",
    "pages/1_Compare.py",
    "pages/2_Explore.py",
    "pages/3_Article.py",
    "pages/4_Chooser.py",
]


def hostile_folder(folder: Path) -> list[str]:
    """The seed article plus hostile files; returns the hostile file names."""
    shutil.copy(ROOT / "data" / "articles" / "keras-tensorflow-pytorch.md", folder / "a-seed.md")
    bomb = ["---", 'a0: &a0 "lol"'] + [
        f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)
    ]
    (folder / "b-bomb.md").write_text("\n".join([*bomb, "date: *a9", "---", "x", ""]))
    (folder / "c-long-line.md").write_text(f"---\ntitle: t\n---\n{'x' * (MAX_LINE_CHARS + 1)}\n")
    (folder / "d-passwd.md").symlink_to("/etc/passwd")
    return ["b-bomb.md", "c-long-line.md", "d-passwd.md"]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_next_to_hostile_files(
    open_page: OpenPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    names = hostile_folder(tmp_path)
    monkeypatch.setenv("EXPLORER_ARTICLES", str(tmp_path))
    at = open_page(page, article="a-seed")
    assert not at.exception
    (expander,) = [e for e in at.expander if "could not be loaded" in e.label]
    assert expander.label.startswith(f"{len(names)} article files")
    messages = [t.value for t in expander.text]
    assert [Path(m.split(":", 1)[0]).name for m in messages] == names
    shown = " ".join(str(getattr(e, "value", "")) for e in at.main) + " ".join(messages)
    assert "root:x:" not in shown  # nothing of the link's target is read or shown
