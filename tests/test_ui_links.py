"""ui.links: the one module that knows page routes; every link carries what its page needs."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from explorer.corpus import load_corpus
from explorer.views.explore import explore_table
from ui.links import (
    ARTICLE,
    CHOOSER,
    COMPARE,
    EXPLORE,
    reader_link,
    source_markdown,
    with_reader_links,
)
from ui.page import PAGES

ROOT = Path(__file__).resolve().parent.parent
SEED = "keras-tensorflow-pytorch"


def test_reader_link_is_relative_and_encoded() -> None:
    assert reader_link("a b", 7) == "Article?article=a+b&claim=7"
    assert source_markdown("x", 3) == "[source: line 3](Article?article=x&claim=3)"


def test_reader_link_column() -> None:
    frame = with_reader_links(explore_table(load_corpus(ROOT / "data" / "articles").articles))
    row = frame[(frame["article"] == SEED) & (frame["attribute"] == "Flexibility")].iloc[0]
    assert row["source"] == f"Article?article={SEED}&claim={row['line']}"


def test_reader_links_leave_the_frame_alone() -> None:
    small = pd.DataFrame({"article": ["a"], "line": [4]})
    assert list(with_reader_links(small)["source"]) == ["Article?article=a&claim=4"]
    assert "source" not in small


def test_link_targets_are_the_menu_pages() -> None:
    scripts = {script for script, _label in PAGES}
    assert {COMPARE, EXPLORE, ARTICLE, CHOOSER} <= scripts
    assert all((ROOT / script).is_file() for script in scripts)
    # /Article is what folder mode serves pages/3_Article.py at.
    assert reader_link("a", 1).split("?")[0] == Path(ARTICLE).stem.split("_", 1)[1]
