"""The Facts page: aligned sourced cells, URL state both ways, unknown values dropped."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from explorer.facts import load_matrix
from tests.pages.conftest import ROOT, OpenPage

PAGE = "pages/5_Facts.py"
MATRIX = load_matrix(ROOT / "data" / "facts")


def cells(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if "badge[" in m.value]


def test_every_subject_and_fact_is_shown_with_status_source_and_date(open_page: OpenPage) -> None:
    at = open_page(PAGE)
    assert not at.exception
    assert f"Data checked on {MATRIX.checked}." in [c.value for c in at.caption]
    shown = cells(at)
    rows = MATRIX.rows()
    assert len(shown) == len(rows) * len(MATRIX.names)
    assert all("[Source](https://" in c and " · as of " in c for c in shown)
    labels = [m.value for m in at.markdown]
    assert all(f"**{row.label}**" in labels for row in rows)
    pytorch = MATRIX.subject("PyTorch")
    assert pytorch is not None
    serving = pytorch.get("serving")
    assert serving is not None and serving.status == "deprecated"
    assert any(c.startswith(":violet-badge[:material/history: Deprecated]") for c in shown)
    assert len(at.get("plotly_chart")) == 1


def test_url_picks_subjects_and_group(open_page: OpenPage) -> None:
    at = open_page(PAGE, subjects=["PyTorch", "JAX"], group="deployment")
    assert not at.exception
    assert at.multiselect[0].value == ["PyTorch", "JAX"]
    assert at.selectbox[0].value == "deployment"
    deployment = MATRIX.rows(["PyTorch", "JAX"], "deployment")
    assert len(cells(at)) == 2 * len(deployment)
    assert [c.value for c in at.caption if c.value in MATRIX.names][:2] == ["PyTorch", "JAX"]


def test_changing_the_widgets_writes_the_url(open_page: OpenPage) -> None:
    at = open_page(PAGE)
    at.multiselect[0].unselect("Keras").run()
    at.selectbox[0].select("tooling").run()
    assert at.query_params["group"] in ("tooling", ["tooling"])
    chosen = at.query_params["subjects"]
    assert "Keras" not in chosen and "PyTorch" in chosen
    reopened = open_page(PAGE, subjects=list(chosen), group="tooling")
    assert reopened.multiselect[0].value == list(chosen)
    assert len(cells(reopened)) == len(chosen) * len(MATRIX.rows(chosen, "tooling"))


def test_unknown_values_in_the_link_are_dropped_with_a_notice(open_page: OpenPage) -> None:
    at = open_page(PAGE, subjects=["PyTorch", "Caffe"], group="colours")
    assert not at.exception
    notices = " ".join(i.value for i in at.info)
    assert "'Caffe'" in notices and "'colours'" in notices
    assert at.multiselect[0].value == ["PyTorch"]
    assert at.selectbox[0].value == "all"


def test_a_broken_fact_file_is_reported_and_the_rest_still_shows(
    open_page: OpenPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for path in (ROOT / "data" / "facts").glob("*.yaml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    broken = (
        (tmp_path / "jax.yaml")
        .read_text(encoding="utf-8")
        .replace("status: yes", "status: maybe", 1)
    )
    (tmp_path / "jax.yaml").write_text(broken, encoding="utf-8")
    monkeypatch.setattr("ui.facts.DEFAULT_FACTS_DIR", tmp_path)
    at = open_page(PAGE)
    assert not at.exception
    assert any(e.label == "1 problem in the fact files" for e in at.expander)
    assert any("jax.yaml:" in t.value and "status" in t.value for t in at.text)
    assert len(at.multiselect[0].value) == 4


def _compare_block() -> None:
    from ui.facts import facts_block

    facts_block(["Keras", "TensorFlow (TF)", "Pytorch", "Caffe"])


def test_compare_block_aligns_the_article_subjects_and_offers_the_others() -> None:
    at = AppTest.from_function(_compare_block, default_timeout=30).run()
    assert not at.exception
    assert [h.value for h in at.subheader] == [f"Facts, as of {MATRIX.checked}"]
    assert at.multiselect[0].options == ["JAX"]
    shown = [c.value for c in at.caption if c.value in MATRIX.names]
    assert shown[:3] == ["Keras", "TensorFlow", "PyTorch"]
    assert len(cells(at)) == 3 * len(MATRIX.rows(["Keras", "TensorFlow", "PyTorch"]))
    at = AppTest.from_function(_compare_block, default_timeout=30)
    at.query_params["also"] = "JAX"
    at.run()
    assert len(cells(at)) == 4 * len(MATRIX.rows())


def _no_facts_block() -> None:
    from ui.facts import facts_block

    facts_block(["Stacks", "Queues"])


def test_compare_block_is_silent_when_no_subject_has_facts() -> None:
    at = AppTest.from_function(_no_facts_block, default_timeout=30).run()
    assert not at.exception
    assert len(at.subheader) == 0 and len(at.markdown) == 0


def test_a_failure_ends_the_page_with_a_plain_message(
    open_page: OpenPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    import explorer.facts
    from ui.page import failure_message

    def broken(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(explorer.facts, "timeline_frame", broken)
    at = open_page(PAGE)
    assert not at.exception
    assert [e.value for e in at.error] == [failure_message("Facts", RecursionError())]
