"""AppTest: a URL value quoted in a page's notice reaches Streamlit escaped, on every page."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from markdown_it_pyrs import MarkdownIt
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
SEED = "keras-tensorflow-pytorch"
IMAGE = "![x](http://h.invalid/x.png)"
RENDER = MarkdownIt("commonmark").enable_many(["table", "strikethrough"])


@pytest.mark.parametrize(
    ("page", "params"),
    [
        ("pages/1_Compare.py", {"article": IMAGE}),
        ("pages/1_Compare.py", {"article": SEED, "subjects": IMAGE}),
        ("pages/2_Explore.py", {"subjects": IMAGE}),
        ("pages/3_Article.py", {"article": SEED, "claim": IMAGE}),
        ("pages/4_Chooser.py", {"article": SEED, "mode": IMAGE}),
    ],
)
def test_url_values_in_notices_are_text(page: str, params: dict[str, str]) -> None:
    st.cache_data.clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.switch_page(page)
    at.query_params.update(params)
    at.run()
    assert not at.exception
    notices = [i.value for i in at.info if "link's" in i.value]
    assert notices, [i.value for i in at.info]
    for notice in notices:
        nodes = {n.name for n in RENDER.tree(notice).walk()}
        assert "image" not in nodes and "link" not in nodes, notice
        assert "\\!\\[x\\]" in notice
