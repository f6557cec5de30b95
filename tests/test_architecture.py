"""The house rules, checked on the code itself.

explorer/ is pure Python (no module imports Streamlit, at run time or in its source), its
imports form no circle, and no module grows past the size of one job.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "explorer"
SOURCES = sorted(PACKAGE.rglob("*.py"))
MAX_MODULE_LINES = 300


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = sorted(_module(p) for p in SOURCES if p.stem != "__main__")


def test_importing_every_module_loads_no_streamlit() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'streamlit' or m.startswith('streamlit.'))\n"
        "print(len(sys.modules), bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "explorer.parsing" in MODULES and "explorer" in MODULES


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module":
            names += [
                a.value
                for a in node.args
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            ]
    return names


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_source_does_not_import_streamlit(path: Path) -> None:
    imported = _imports(path)
    assert not [n for n in imported if n.split(".")[0] == "streamlit"], imported


def test_the_import_check_sees_streamlit(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom streamlit import session_state\n", encoding="utf-8")
    assert _imports(sample) == ["os", "streamlit", "streamlit.session_state"]


def import_graph(sources: list[Path], root: Path) -> dict[str, set[str]]:
    """Module -> the project modules it imports (``from a import b`` counts ``a.b`` if it is one)."""
    names = {_module_in(p, root): p for p in sources}
    graph: dict[str, set[str]] = {}
    for name, path in names.items():
        graph[name] = {n for n in _imports(path) if n in names and n != name}
    return graph


def _module_in(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_explorer_imports_form_no_circle() -> None:
    graph = import_graph(SOURCES, ROOT)
    try:
        tuple(TopologicalSorter(graph).static_order())
    except CycleError as exc:
        pytest.fail(f"import circle: {' -> '.join(exc.args[1])}")


def test_the_circle_check_sees_a_circle(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "pkg" / "a.py").write_text("from pkg.b import x\n", encoding="utf-8")
    (tmp_path / "pkg" / "b.py").write_text("def f():\n    import pkg.a\n", encoding="utf-8")
    graph = import_graph(sorted(tmp_path.rglob("*.py")), tmp_path)
    assert graph["pkg.a"] == {"pkg.b"} and graph["pkg.b"] == {"pkg.a"}
    with pytest.raises(CycleError):
        tuple(TopologicalSorter(graph).static_order())


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_does_more_than_one_job(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{path.name}: {lines} lines; split it by job"
