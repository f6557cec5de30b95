"""The shape of the views: thin pages, page routes only in ui/, one URL mechanism."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "app.py", *(ROOT / "pages").glob("*.py")])
MAX_PAGE_LINES = 80


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_pages_are_short(page: Path) -> None:
    lines = len(page.read_text(encoding="utf-8").splitlines())
    assert lines < MAX_PAGE_LINES, f"{page.name} has {lines} lines; move logic to explorer/ or ui/"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_pages_define_no_functions(page: Path) -> None:
    tree = ast.parse(page.read_text(encoding="utf-8"))
    defined = [n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.ClassDef)]
    assert not defined, f"{page.name} defines {defined}: shared view helpers belong in ui/"


def _sources(*folders: str) -> list[Path]:
    return [p for folder in folders for p in sorted((ROOT / folder).rglob("*.py"))]


def _binds(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = (n for n in ast.walk(tree) if isinstance(n, ast.Call))
    return any(k.arg == "bind" for call in calls for k in call.keywords)


def test_no_widget_is_bound_to_the_url_by_streamlit() -> None:
    # ui.widgets says why: a bound widget's state can win over the link that opened the page.
    offenders = [p.relative_to(ROOT).as_posix() for p in [*PAGES, *_sources("ui")] if _binds(p)]
    assert not offenders, offenders


def test_only_ui_links_knows_page_routes() -> None:
    route = re.compile(r"""["'](?:/?(?:Compare|Explore|Article|Chooser)\?|pages/\d_\w+\.py)""")
    allowed = {"ui/links.py", "ui/page.py"}
    offenders = [
        p.relative_to(ROOT).as_posix()
        for p in [*PAGES, *_sources("explorer", "ui")]
        if p.relative_to(ROOT).as_posix() not in allowed
        and route.search(p.read_text(encoding="utf-8"))
    ]
    assert not offenders, offenders
