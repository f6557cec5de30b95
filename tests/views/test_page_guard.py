"""An unexpected error ends a page with one plain message, not a traceback (ui.page.guarded)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from streamlit import config
from streamlit.testing.v1 import AppTest

from ui.page import failure_message

ROOT = Path(__file__).resolve().parents[2]


def _failing_page(error: str) -> None:
    import streamlit as st

    from ui.page import guarded

    with guarded("Compare"):
        st.markdown("drawn before the failure")
        if error == "stop":
            st.stop()
        raise {"memory": MemoryError, "recursion": RecursionError, "other": KeyError}[error]("x")


@pytest.mark.parametrize(
    ("error", "words"),
    [
        ("memory", "an article is too large to show"),
        ("recursion", "an article is nested too deeply to show"),
        ("other", "something unexpected went wrong"),
    ],
)
def test_a_failing_page_says_what_failed(error: str, words: str) -> None:
    at = AppTest.from_function(_failing_page, args=(error,), default_timeout=30).run()
    assert not at.exception
    assert len(at.error) == 1
    assert words in at.error[0].value
    assert "Traceback" not in at.error[0].value
    assert at.markdown[0].value == "drawn before the failure"


def test_stop_is_not_a_failure() -> None:
    at = AppTest.from_function(_failing_page, args=("stop",), default_timeout=30).run()
    assert not at.exception
    assert not at.error
    assert [m.value for m in at.markdown] == ["drawn before the failure"]


def test_the_message_names_the_page_and_what_to_do() -> None:
    message = failure_message("Article", OSError("No such file: /srv/secret/path.md"))
    assert message.startswith("The Article page stopped here: a file could not be read.")
    assert "/srv" not in message  # no server paths for visitors
    assert "another page" in message


def test_visitors_see_no_error_details() -> None:
    settings = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    value = settings["client"]["showErrorDetails"]
    assert value == config.ShowErrorDetailsConfigOptions.NONE.value


@pytest.mark.parametrize(
    ("page", "module", "function"),
    [
        ("pages/1_Compare.py", "explorer.views.compare", "compare"),
        ("pages/3_Article.py", "explorer.views.article", "reader_sections"),
        ("pages/2_Explore.py", "explorer.views.explore", "apply_filters"),
        ("pages/4_Chooser.py", "explorer.choosing", "rank_subjects"),
    ],
)
def test_every_page_body_is_guarded(
    page: str, module: str, function: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug deep in a view's logic ends that page with the plain message, not a traceback."""
    import importlib

    import streamlit as st

    def broken(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(importlib.import_module(module), function, broken)
    st.cache_data.clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.switch_page(page)
    at.query_params.update(
        {"article": "keras-tensorflow-pytorch", "mode": "weights", "needs": "research"}
    )
    at.run()
    assert not at.exception
    name = page.split("_", 1)[1].removesuffix(".py")
    assert [e.value for e in at.error] == [failure_message(name, RecursionError())]
