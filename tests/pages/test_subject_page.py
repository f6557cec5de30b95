"""The Subject page: one subject across articles, from a link, with notices for bad links."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.choosing import load_tagger
from explorer.views.markdown import literal_markdown
from tests.pages.conftest import ROOT, OpenPage

PAGE = "pages/6_Subject.py"
SEED = "keras-tensorflow-pytorch"


def label(need: str) -> str:
    """A theme's label as the needs vocabulary spells it today (another engineer may reword it)."""
    return load_tagger().by_id[need].label


def captions(at: object) -> list[str]:
    return [c.value for c in at.caption]  # type: ignore[attr-defined]


def test_pytorch_gathers_three_articles_by_theme_with_source_links(open_page: OpenPage) -> None:
    at = open_page(PAGE, name="PyTorch")
    assert not at.exception
    assert [h.value for h in at.header] == ["PyTorch"]
    assert any(c.startswith("15 claims in 3 articles") for c in captions(at))
    themes = [s.value for s in at.subheader]
    assert label("research") in themes
    assert "Key differences that name it" in themes
    links = [c for c in captions(at) if "](Article?article=" in c]
    assert any(f"(Article?article={SEED}&claim=" in c for c in links)
    assert any("(Article?article=tensorflow-sklearn-pytorch-use&claim=" in c for c in links)
    assert any(
        "(Article?article=tensorflow-sklearn-pytorch-applications&claim=" in c for c in links
    )


def test_a_lenient_spelling_is_read_as_the_subject_and_written_back(open_page: OpenPage) -> None:
    at = open_page(PAGE, name="pytorch")
    assert not at.exception
    assert [h.value for h in at.header] == ["PyTorch"]
    assert at.query_params["name"] == "PyTorch"
    assert not at.info or all("PyTorch" not in i.value for i in at.info if "No subject" in i.value)


def test_a_contained_name_says_what_it_shows(open_page: OpenPage) -> None:
    at = open_page(PAGE, name="Azure")
    assert [h.value for h in at.header] == ["Microsoft Azure"]
    assert any("showing 'Microsoft Azure'" in i.value for i in at.info)
    assert any("Only one article compares" in i.value for i in at.info)


def test_unknown_name_gives_a_notice_and_the_known_subjects(open_page: OpenPage) -> None:
    at = open_page(PAGE, name="Fortran")
    assert not at.exception
    assert [w.value for w in at.warning] == ["No article compares a subject called 'Fortran'."]
    listing = next(m.value for m in at.markdown if m.value.startswith("- ["))
    assert "[PyTorch](Subject?name=PyTorch) (3 articles)" in listing
    assert "[Keras](Subject?name=Keras) (1 article)" in listing
    assert not at.header


def test_theme_in_the_link_shows_that_theme_only(open_page: OpenPage) -> None:
    at = open_page(PAGE, name="PyTorch", theme="research")
    assert not at.exception
    assert at.selectbox(key="_url_theme").value == "research"
    assert [s.value for s in at.subheader] == [label("research")]


def test_unknown_theme_is_dropped_with_a_notice(open_page: OpenPage) -> None:
    at = open_page(PAGE, name="PyTorch", theme="nonsense")
    assert not at.exception
    assert any("`theme` had 'nonsense'" in i.value for i in at.info)
    assert label("research") in [s.value for s in at.subheader]


def test_two_articles_side_by_side_say_when_one_is_silent(open_page: OpenPage) -> None:
    at = open_page(PAGE, name="PyTorch", left=SEED, right="tensorflow-sklearn-pytorch-use")
    assert not at.exception
    assert at.selectbox(key="_url_left").value == SEED
    assert at.selectbox(key="_url_right").value == "tensorflow-sklearn-pytorch-use"
    rows = [m.value for m in at.markdown if m.value.startswith("**") and "·" not in m.value]
    production = label("production-deployment")
    assert f"**{label('research')}**" in rows
    assert f"**{production}**" in rows  # only the second article speaks to it
    silent = f"Left article: says nothing about {production.lower()} for PyTorch."
    assert silent in captions(at)
    right = f"Right article, {literal_markdown('2025-01-25')} · Integration · [line 20]"
    assert any(c.startswith(right) for c in captions(at))


def test_no_name_opens_the_most_compared_subject(open_page: OpenPage) -> None:
    at = open_page(PAGE)
    assert not at.exception
    assert at.selectbox(key="_url_name").value == "TensorFlow"
    assert "name" not in at.query_params


def test_changing_subject_forgets_the_previous_theme(open_page: OpenPage) -> None:
    at = open_page(PAGE, name="PyTorch", theme="research")
    at.selectbox(key="_url_name").select("Scikit-learn").run()
    assert not at.exception
    assert "theme" not in at.query_params
    assert [h.value for h in at.header] == [literal_markdown("Scikit-learn")]  # shown as typed


def test_article_text_is_never_raw_html(
    open_page: OpenPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hostile = (
        "---\ntitle: How do <b>Foo</b> and Bar differ?\nquestion: How do Foo and Bar differ?\n"
        "---\n### Foo\n- **Use**: Foo <script>alert(1)</script> is ideal for research.\n\n"
        "### Bar\n- **Use**: Bar is for production.\n"
    )
    (tmp_path / "hostile.md").write_text(hostile, encoding="utf-8")
    monkeypatch.setenv("EXPLORER_ARTICLES", str(tmp_path))
    at = open_page(PAGE, name="Foo")
    assert not at.exception
    assert [h.value for h in at.header] == ["Foo"]
    assert any("<script>" in m.value for m in at.markdown)  # shown as text, escaped by Streamlit
    assert all(not m.allow_html for m in at.markdown)
    assert all(not c.proto.allow_html for c in at.caption)


def test_the_menu_links_the_page(open_page: OpenPage) -> None:
    at = open_page(PAGE, name="PyTorch")
    labels = [p.proto.label for p in at.get("page_link")]
    assert "Subject" in labels
    assert (ROOT / PAGE).exists()


def test_a_folder_without_subjects_says_so(
    open_page: OpenPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "notes.md").write_text("---\ntitle: Notes\n---\nJust a paragraph.\n")
    monkeypatch.setenv("EXPLORER_ARTICLES", str(tmp_path))
    at = open_page(PAGE, name="PyTorch")
    assert not at.exception
    assert [w.value for w in at.warning] == [
        "No article names a subject yet, so there is none to follow."
    ]


def test_a_corrected_sentence_carries_its_correction(open_page: OpenPage) -> None:
    at = open_page(PAGE, name="TensorFlow")
    assert not at.exception
    badges = [m.value for m in at.markdown if "-badge[" in m.value]
    assert any("Outdated since" in b for b in badges)
    assert any("LiteRT" in m.value for m in at.markdown)  # what is true now, in words


def test_the_page_body_is_guarded(open_page: OpenPage, monkeypatch: pytest.MonkeyPatch) -> None:
    import explorer.views.subject as view
    from ui.page import failure_message

    def broken(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(view, "subject_view", broken)
    at = open_page(PAGE, name="PyTorch")
    assert not at.exception
    assert [e.value for e in at.error] == [failure_message("Subject", RecursionError())]


def test_an_image_in_the_name_is_named_as_text_not_shown(open_page: OpenPage) -> None:
    from explorer.views.markdown import notice_markdown

    hostile = "![x](http://tracker.example/p.png)"
    at = open_page(PAGE, name=hostile)
    assert not at.exception
    said = [w.value for w in at.warning]
    assert said == [notice_markdown(f"No article compares a subject called {hostile!r}.")]
    assert "\\!\\[x\\]" in said[0]  # every character that would make an image is escaped
