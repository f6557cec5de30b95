"""Compare's "Article's attributes | Themes" switch: its default, the URL, and what each shows.

The switch is drawn by ``ui/themes.py``, written for the views branch's ui (``ui.links``,
``ui.widgets.url_radio``); on a tree without them this file skips with one line saying so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pages.conftest import OpenPage

try:
    import ui.themes  # noqa: F401
except ImportError as exc:  # pragma: no cover - only on a tree without the views branch's ui
    pytest.skip(f"ui.themes cannot be imported here ({exc})", allow_module_level=True)

PAGE = "pages/1_Compare.py"
SEED = "keras-tensorflow-pytorch"


def texts(at: object) -> list[str]:
    return [m.value for m in at.markdown]  # type: ignore[attr-defined]


def captions(at: object) -> list[str]:
    return [c.value for c in at.caption]  # type: ignore[attr-defined]


def test_the_seed_opens_on_themes(open_page: OpenPage) -> None:
    at = open_page(PAGE, article=SEED)
    assert not at.exception
    assert at.radio(key="by").value == "theme"
    shown = texts(at)
    assert (
        "**Flexibility and custom models**" in shown and "**Research and experimentation**" in shown
    )
    assert "**High-Level API**" not in shown
    assert "The article says nothing about Research and experimentation for Keras." in captions(at)
    assert "*not covered*" not in captions(at)
    assert any("source: line 16" in c for c in captions(at))


def test_attributes_that_line_up_open_on_attributes(open_page: OpenPage) -> None:
    at = open_page(PAGE, article="subnet-masks")
    assert at.radio(key="by").value == "attribute"
    assert "**Subnet Mask**" in texts(at)


def test_the_link_chooses_the_view_and_the_switch_writes_it(open_page: OpenPage) -> None:
    at = open_page(PAGE, article=SEED, by="attribute")
    assert at.radio(key="by").value == "attribute"
    assert "**High-Level API**" in texts(at)
    at.radio(key="by").set_value("theme").run()
    assert "**Flexibility and custom models**" in texts(at)
    assert at.query_params.get("by") in (None, [], "theme", ["theme"])  # the default is left out


def test_an_unknown_view_is_named_and_ignored(open_page: OpenPage) -> None:
    at = open_page(PAGE, article=SEED, by="columns")
    assert not at.exception
    assert at.radio(key="by").value == "theme"
    assert any("'columns'" in i.value for i in at.info)


def test_only_rows_that_differ_works_on_themes(
    open_page: OpenPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "alpha-beta.md").write_text(
        "---\ntitle: How do Alpha and Beta differ?\nquestion: How do Alpha and Beta differ?\n---\n"
        "### Alpha\n- **Setup**: Alpha is simple to set up.\n- **Speed**: Alpha is fast.\n\n"
        "### Beta\n- **Install**: Beta is simple to install.\n- **Growth**: Beta scales well.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EXPLORER_ARTICLES", str(tmp_path))
    at = open_page(PAGE, by="theme")
    assert "**Simplicity and ease of use**" in texts(at) and "**Performance and speed**" in texts(
        at
    )
    at.toggle(key="differ").set_value(True).run()
    assert "**Simplicity and ease of use**" not in texts(at)
    assert "**Performance and speed**" in texts(at)


def test_a_sentence_about_another_subject_is_shown_apart(
    open_page: OpenPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "filed-elsewhere.md").write_text(
        "---\ntitle: How do Alpha and Beta differ?\nquestion: How do Alpha and Beta differ?\n---\n"
        "### Alpha\n- **Deployment**: Beta handles deployment in production.\n"
        "- **Setup**: Alpha is simple to set up.\n\n"
        "### Beta\n- **Setup**: Beta is simple to install.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EXPLORER_ARTICLES", str(tmp_path))
    at = open_page(PAGE, by="theme")
    assert "**Production deployment**" not in texts(at)
    aside = next(e for e in at.expander if "about another subject" in e.label)
    assert "Beta handles deployment in production." in [m.value for m in aside.markdown]
