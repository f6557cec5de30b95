"""AppTest helpers: every page test starts at the entrypoint, as a browser session would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    # st.cache_data entries outlive an AppTest; a test that points the app at another
    # folder must not see the previous test's corpus.
    st.cache_data.clear()
    yield
    st.cache_data.clear()


OpenPage = Callable[..., AppTest]


@pytest.fixture
def open_page() -> OpenPage:
    """``open_page("pages/1_Compare.py", article="x", subjects=["a", "b"])`` -> a run AppTest."""

    def _open(page: str = "app.py", **params: str | list[str]) -> AppTest:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
        if page != "app.py":
            at.switch_page(page)
        for key, value in params.items():
            at.query_params[key] = value
        return at.run()

    return _open
