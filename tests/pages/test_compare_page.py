"""The Compare page: defaults, URL state, toggles and notices, asserted on what is shown."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote_plus

import pytest

from explorer.corpus import load_corpus
from explorer.views.collections import home_list
from explorer.views.compare import compare
from tests.pages.conftest import ROOT, OpenPage

PAGE = "pages/1_Compare.py"
SEED = "keras-tensorflow-pytorch"


def texts(at: object) -> list[str]:
    return [m.value for m in at.markdown]  # type: ignore[attr-defined]


def linked(name: str) -> str:
    """A subject's name as Compare shows it: a link to its view across every article."""
    return f"[{name}](Subject?name={quote_plus(name)})"


def test_default_url_shows_every_subject_of_the_featured_article(open_page: OpenPage) -> None:
    # Issue 11 item 5: the featured article of data/collections.yaml (the seed) is the default
    # of every picker, whatever id order the articles have as more are added.
    featured = home_list(load_corpus(ROOT / "data" / "articles").articles).featured
    assert featured is not None and featured.id == SEED
    first = featured
    at = open_page(PAGE)
    assert not at.exception
    assert at.selectbox[0].value == first.id
    assert at.multiselect[0].value == list(first.comparison.subjects)
    # The seed opens on Themes (issue 11 item 1); its attribute rows are one click away.
    assert at.radio(key="by").value == "theme"
    at.radio(key="by").set_value("attribute").run()
    assert f"**{compare(first).attributes[0]}**" in texts(at)


def test_query_params_restore_article_and_subjects(open_page: OpenPage) -> None:
    at = open_page(PAGE, article=SEED, subjects=["Keras", "PyTorch"])
    assert not at.exception
    assert at.selectbox[0].value == SEED
    assert at.multiselect[0].value == ["Keras", "PyTorch"]
    shown = texts(at)
    assert "**High-Level API**" in shown and "**Dynamic Computation Graphs**" in shown
    # TensorFlow's attributes are not rows once TensorFlow is not chosen.
    assert "**Production Scalability**" not in shown
    names = [linked(n) for n in ("Keras", "PyTorch", "TensorFlow")]
    shown_names = [c.value for c in at.caption if c.value in names]
    assert shown_names and shown_names.count(linked("TensorFlow")) == 0


def test_not_covered_is_explicit(open_page: OpenPage) -> None:
    at = open_page(PAGE, article=SEED, by="attribute")
    captions = [c.value for c in at.caption]
    # 12 attributes x 3 subjects, each subject covering only its own 4.
    assert captions.count("*not covered*") == 24


def test_transpose_puts_subjects_in_rows(open_page: OpenPage) -> None:
    at = open_page(PAGE, article=SEED, transpose="true", by="attribute")
    assert at.toggle(key="transpose").value is True
    labels = [f"**{linked(n)}**" for n in ("Keras", "TensorFlow", "PyTorch")]
    assert [t for t in texts(at) if t in labels] == labels


def test_toggling_transpose_changes_the_rows(open_page: OpenPage) -> None:
    at = open_page(PAGE, article=SEED, by="attribute")
    assert f"**{linked('Keras')}**" not in texts(at)
    at.toggle(key="transpose").set_value(True).run()
    assert f"**{linked('Keras')}**" in texts(at)


def test_only_rows_that_differ_hides_identical_rows(
    open_page: OpenPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "same-row.md").write_text(
        "---\ntitle: How do Alpha and Beta differ?\nquestion: How do Alpha and Beta differ?\n---\n"
        "### Alpha\n- **Licence**: Alpha is MIT licensed.\n- **Speed**: Alpha is fast.\n\n"
        "### Beta\n- **Licence**: Beta is MIT licensed.\n- **Speed**: Beta is slow.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EXPLORER_ARTICLES", str(tmp_path))
    at = open_page(PAGE)
    assert "**Licence**" in texts(at) and "**Speed**" in texts(at)
    at.toggle(key="differ").set_value(True).run()
    assert "**Licence**" not in texts(at)
    assert "**Speed**" in texts(at)


def test_a_group_each_side_fills_differently_is_one_row_with_item_labels(
    open_page: OpenPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "groups.md").write_text(
        "---\ntitle: How do Alpha and Beta differ?\n---\n"
        "### Alpha\n**Advantages:**\n- **Speed**: Alpha is fast.\n\n"
        "### Beta\n**Advantages:**\n- **Safety**: Beta is *safe*.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EXPLORER_ARTICLES", str(tmp_path))
    at = open_page(PAGE)
    assert not at.exception
    assert "**Advantages**" in texts(at)
    assert "**Speed**: Alpha is fast." in texts(at) and "**Safety**: Beta is *safe*." in texts(at)
    assert not any("Advantages > " in t for t in texts(at))


@pytest.mark.parametrize(
    ("params", "notice"),
    [
        ({"article": "no-such-article"}, "'no-such-article'"),
        ({"article": SEED, "subjects": ["Keras", "Bogus"]}, "'Bogus'"),
        ({"transpose": "maybe"}, "'maybe'"),
        ({"differ": "2"}, "'2'"),
    ],
)
def test_bad_query_params_give_a_notice_not_an_error(
    open_page: OpenPage, params: dict[str, str | list[str]], notice: str
) -> None:
    at = open_page(PAGE, **params)
    assert not at.exception
    assert any(notice in i.value and "ignored" in i.value for i in at.info)
    assert at.markdown  # the page still renders


def test_changing_article_resets_subjects_and_url(open_page: OpenPage) -> None:
    at = open_page(PAGE, article=SEED, subjects=["Keras", "PyTorch"])
    at.selectbox[0].select("ula-link-local").run()
    assert not at.exception
    assert at.multiselect[0].value == [
        "Unique Local Unicast Addresses (ULAs)",
        "Link-Local Addresses",
    ]
    assert at.query_params.get("article") == "ula-link-local"
    assert "subjects" not in at.query_params
    assert not at.info  # no stale-subject notice after a deliberate change


def test_subject_change_is_written_to_the_url(open_page: OpenPage) -> None:
    at = open_page(PAGE, article=SEED)
    at.multiselect[0].unselect("TensorFlow").run()
    assert at.query_params.get("subjects") == ["Keras", "PyTorch"]


def test_key_differences_and_points_are_shown(open_page: OpenPage) -> None:
    at = open_page(PAGE, article="ula-link-local")
    assert any(s.value == "Key differences" for s in at.subheader)
    assert any(t.startswith("**Routing**: ULAs can be routed") for t in texts(at))
    at = open_page(PAGE, article="loops-count-condition")
    assert any(e.label.startswith("Count-Controlled Loops: 2 point") for e in at.expander)


def test_an_article_that_compares_nothing_lists_key_points(open_page: OpenPage) -> None:
    at = open_page(PAGE, article="howto-mysql-debian")
    assert [s.value for s in at.subheader] == ["Key points"]
    assert not at.multiselect and not at.radio and not at.toggle  # nothing to choose
    labels = [t for t in texts(at) if t.startswith("**Step 3\\: Install MySQL Server")]
    assert len(labels) == 1  # the step's label over its first paragraph only


def test_points_are_the_comparison_when_there_are_no_attributes(open_page: OpenPage) -> None:
    at = open_page(PAGE, article="file-protocols", by="attribute")
    assert any(s.value == "Points" for s in at.subheader)
    assert not at.expander
    shown = texts(at)
    assert f"**{linked('SCP (Secure Copy Protocol)')}**" in shown
    assert "A secure method for transferring files between hosts on a network." in shown


def test_every_article_renders(open_page: OpenPage) -> None:
    at = open_page(PAGE)
    visited = []
    for title in at.selectbox[0].options:
        at.selectbox[0].select(title).run()
        assert not at.exception, title
        visited.append(at.selectbox[0].value)
        assert at.markdown
    ids = sorted(p.stem for p in (ROOT / "data" / "articles").glob("*.md"))
    assert visited == [SEED] + [i for i in ids if i != SEED]  # the featured article first


def test_seed_shows_its_facts_block_and_offers_a_subject_it_does_not_cover(
    open_page: OpenPage,
) -> None:
    at = open_page(PAGE, article=SEED)
    assert any(s.value.startswith("Facts, as of ") for s in at.subheader)
    extra = at.multiselect(key="_url_also")
    assert "JAX" in extra.options and extra.value == []
    at = open_page(PAGE, article=SEED, also="JAX")
    assert at.multiselect(key="_url_also").value == ["JAX"]
    assert "JAX" in [c.value for c in at.caption]


def test_compare_says_what_changed_and_shows_corrections_in_one_look(open_page: OpenPage) -> None:
    at = open_page(PAGE, article=SEED)
    assert any(m.value.startswith("This article has ") for m in at.markdown)
    links = [p.proto for p in at.get("page_link") if p.proto.label.startswith("See the ")]
    assert links and all("corrected=" in p.query_string for p in links)
    assert any(m.value.startswith(":orange-badge[") for m in at.markdown)
    assert not any("Outdated (changed" in c.value for c in at.caption)  # the old caption wall


def test_subject_names_in_the_summary_link_to_the_subject_view(open_page: OpenPage) -> None:
    at = open_page(PAGE, article=SEED)
    assert any(m.value.startswith(f"**{linked('PyTorch')}** in one line") for m in at.markdown)


def test_a_hostile_subject_name_is_shown_as_typed(
    open_page: OpenPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "hostile.md").write_text(
        "---\ntitle: '![t](http://h.invalid/t.png)'\nquestion: How?\n---\n"
        "### ![a](http://h.invalid/a.png)\n- **Speed**: fast.\n\n"
        "### Beta\n- **Speed**: slow.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EXPLORER_ARTICLES", str(tmp_path))
    at = open_page(PAGE)
    assert not at.exception
    everything = [m.value for m in at.markdown] + [c.value for c in at.caption]
    assert not any("](http://h.invalid" in v and "\\]" not in v for v in everything), everything
    assert at.selectbox[0].options == ["![t](http://h.invalid/t.png)"]  # options are plain text


def test_many_plain_points_are_capped_with_a_note(
    open_page: OpenPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from explorer.views.longtext import points_shown

    points = "\n".join(f"- Alpha point number {i}." for i in range(200))
    (tmp_path / "many.md").write_text(
        "---\ntitle: How do Alpha and Beta differ?\nquestion: How?\n---\n"
        f"### Alpha\n{points}\n\n### Beta\n- Beta point.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EXPLORER_ARTICLES", str(tmp_path))
    at = open_page(PAGE)
    assert not at.exception
    shown = [m.value for m in at.markdown if m.value.startswith("Alpha point number")]
    assert len(shown) == points_shown(2) < 200
    assert any(c.value.startswith(f"{200 - len(shown):,} more points") for c in at.caption)
