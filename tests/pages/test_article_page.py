"""The Article reader: sections, metadata, warnings and the highlighted claim from a link."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.load import load_article
from tests.pages.conftest import ROOT, OpenPage

PAGE = "pages/3_Article.py"
SEED = "keras-tensorflow-pytorch"


def seed_line(attribute: str) -> int:
    article = load_article(ROOT / "data" / "articles" / f"{SEED}.md")
    return next(c.line for c in article.comparison.claims if c.attribute == attribute)


def test_reader_shows_subject_sections_and_metadata(open_page: OpenPage) -> None:
    at = open_page(PAGE, article=SEED)
    assert not at.exception
    assert [s.value for s in at.subheader][:3] == ["Keras", "TensorFlow", "PyTorch"]
    assert "Conclusion" in [s.value for s in at.subheader]
    shown = [m.value for m in at.markdown]
    assert any(v.startswith("**Keywords:** Keras, TensorFlow, PyTorch") for v in shown)
    assert any("What are some popular open source tools" in v for v in shown)
    assert at.caption[0].value.startswith("2024-11-26 · QuickTakes")


def test_claim_link_highlights_that_claim(open_page: OpenPage) -> None:
    line = seed_line("Multi-Backend Support")
    at = open_page(PAGE, article=SEED, claim=str(line))
    shown = [m.value for m in at.markdown]
    assert f"**Linked claim**, line {line}: Keras · Multi-Backend Support" in shown
    assert "Linked claim" in [c.value for c in at.caption]


@pytest.mark.parametrize(
    ("claim", "notice"), [("abc", "not a line number"), ("9999", "No claim starts at line 9999")]
)
def test_bad_claim_gives_a_notice(open_page: OpenPage, claim: str, notice: str) -> None:
    at = open_page(PAGE, article=SEED, claim=claim)
    assert not at.exception
    assert any(notice in i.value for i in at.info)


def test_changing_article_drops_the_highlight(open_page: OpenPage) -> None:
    at = open_page(PAGE, article=SEED, claim=str(seed_line("Flexibility")))
    at.selectbox[0].select_index(1).run()  # index 0 is the seed itself: the featured article
    assert "claim" not in at.query_params
    assert not any(m.value.startswith("**Linked claim**") for m in at.markdown)


def test_parser_warnings_are_shown(open_page: OpenPage) -> None:
    at = open_page(PAGE, article="howto-mysql-debian")
    assert any("not a comparison" in w.value for w in at.warning)


def test_unreadable_file_is_reported_and_others_still_load(
    open_page: OpenPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "broken.md").write_bytes(b"---\ntitle: [unclosed\n---\nbody\n")
    (tmp_path / "fine.md").write_text(
        (ROOT / "data" / "articles" / f"{SEED}.md").read_text(encoding="utf-8"), encoding="utf-8"
    )
    monkeypatch.setenv("EXPLORER_ARTICLES", str(tmp_path))
    at = open_page(PAGE)
    assert not at.exception
    assert at.selectbox[0].value == "fine"
    assert any(e.label == "1 article file could not be loaded" for e in at.expander)
    assert any("broken.md:" in t.value and "YAML" in t.value for t in at.text)


def test_linked_claim_box_carries_its_correction(open_page: OpenPage) -> None:
    """Issue 12: the box a link points at shows the correction with the stale sentence."""
    line = seed_line("Multi-Backend Support")
    at = open_page(PAGE, article=SEED, claim=str(line))
    assert not at.exception
    box = next(
        b
        for b in at.main.children.values()
        if any(getattr(m, "value", "").startswith("**Linked claim**") for m in b)
    )
    shown = [m.value for m in box if hasattr(m, "value") and isinstance(m.value, str)]
    assert any(v.startswith(":orange-badge[") and "Outdated since" in v for v in shown), shown
    assert not any(v.startswith("Outdated (changed") for v in shown)


def test_what_changed_links_to_explore_filtered(open_page: OpenPage) -> None:
    at = open_page(PAGE, article=SEED)
    sentence = [m.value for m in at.markdown if m.value.startswith("This article has ")]
    assert sentence and "outdated" in sentence[0]
    links = [p.proto for p in at.get("page_link") if p.proto.label.startswith("See the ")]
    assert links and all(p.page == "Explore" for p in links)
    assert all(
        f"articles={SEED}" in p.query_string and "corrected=" in p.query_string for p in links
    )


def test_a_hostile_claim_value_in_the_url_is_text(open_page: OpenPage) -> None:
    at = open_page(PAGE, article=SEED, claim="![x](http://h.invalid/x.png)")
    assert not at.exception
    notice = next(i.value for i in at.info if "claim" in i.value)
    assert "\\!\\[x\\]" in notice
