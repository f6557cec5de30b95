"""The facts matrix: the shipped files, the schema on broken fixtures, the CLI contract."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.checks.validate import validate_directory
from explorer.cli.main import main
from explorer.facts import (
    MATRIX_STATUSES,
    cell_markdown,
    load_matrix,
    matrix_json,
    timeline_frame,
)
from explorer.facts.matrix_checks import read_subject_file
from explorer.facts.matrix_schema import REQUIRED_FACTS, MatrixFact

ROOT = Path(__file__).resolve().parents[2]
FACTS = ROOT / "data" / "facts"
TODAY = date(2026, 12, 1)


def fact_yaml(fact_id: str, **fields: str) -> str:
    values = {
        "label": fact_id.replace("-", " ").capitalize(),
        "group": "project",
        "value": "Something",
        "status": "value",
        "note": "Seen in the README.",
        "source": "https://example.org/readme",
        "as_of": "2026-01",
        **fields,
    }
    body = "".join(f"    {k}: {v}\n" for k, v in values.items())
    return f"  - id: {fact_id}\n{body}"


def subject_yaml(*, skip: str = "", header: str = "", **override: str) -> str:
    """A valid file for subject Demo; ``override`` replaces one field of the license fact."""
    facts = "".join(
        fact_yaml(i, **(override if i == "license" else {})) for i in REQUIRED_FACTS if i != skip
    )
    return f"subject: Demo\nchecked: 2026-11-30\n{header}facts:\n{facts}"


def problems_for(tmp_path: Path, text: str, name: str = "demo.yaml") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    _, problems = read_subject_file(path, today=TODAY)
    return [str(p) for p in problems]


# --------------------------------------------------------------------------- shipped data


@pytest.mark.parametrize("name", ["keras", "tensorflow", "pytorch", "jax"])
def test_every_shipped_subject_is_complete_sourced_and_dated(name: str) -> None:
    subject, problems = read_subject_file(FACTS / f"{name}.yaml")
    assert problems == []
    assert subject is not None
    ids = [f.id for f in subject.facts]
    assert len(ids) >= 12
    assert set(REQUIRED_FACTS) <= set(ids)
    for fact in subject.facts:
        assert fact.source.startswith("https://")
        assert fact.status in MATRIX_STATUSES
        assert fact.as_of and fact.note


def test_the_shipped_matrix_lines_up_four_subjects() -> None:
    matrix = load_matrix(FACTS)
    assert matrix.problems == ()
    assert sorted(matrix.names) == ["JAX", "Keras", "PyTorch", "TensorFlow"]
    assert matrix.checked == "2026-12-01"
    rows = matrix.rows()
    assert {r.id for r in rows} >= set(REQUIRED_FACTS)
    assert all(fact is not None for r in rows for fact in r.cells.values())


def test_validate_passes_on_the_data_folder() -> None:
    assert validate_directory(ROOT / "data") == []


# --------------------------------------------------------------------------- broken fixtures

BROKEN = [
    ("missing id", subject_yaml(skip="onnx-export"), ":3: no fact with id onnx-export"),
    ("bad status", subject_yaml(status="maybe"), ":8: facts.0.status:"),
    ("http source", subject_yaml(source="http://example.org"), ":10: facts.0.source:"),
    ("bad date", subject_yaml(as_of="2026-13"), ":11: facts.0.as_of:"),
    ("future as_of", subject_yaml(as_of="2030-01-01"), ":11: as_of 2030-01-01 is after"),
    ("after checked", subject_yaml(as_of="2026-12-01"), ":11: as_of 2026-12-01 is after"),
    ("unknown field", subject_yaml(colour="red"), ":12: unknown field 'facts.0.colour'"),
    ("note too long", subject_yaml(note="x" * 301), ":9: facts.0.note:"),
    ("checked partial", subject_yaml().replace("2026-11-30", "2026-11"), ":2: checked:"),
    ("header field", subject_yaml(header="owner: me\n"), ":3: unknown field 'owner'"),
    ("not a mapping", "- id: x\n", ":1: the file is not a mapping"),
    ("yaml syntax", "subject: [Demo\nchecked: x\n", "not valid YAML"),
    (
        "duplicate key",
        subject_yaml().replace("checked:", "subject: Again\nchecked:"),
        ":2: the key",
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), BROKEN, ids=[b[0] for b in BROKEN])
def test_each_broken_fixture_names_its_line_and_a_fix(
    tmp_path: Path, case: str, text: str, expected: str
) -> None:
    problems = problems_for(tmp_path, text)
    assert any(expected in p for p in problems), (case, problems)
    assert all("; " in p and p.startswith(str(tmp_path / "demo.yaml")) for p in problems)


def test_a_duplicate_id_points_at_the_second_one(tmp_path: Path) -> None:
    text = subject_yaml() + fact_yaml("license")
    assert any(
        "the id 'license' is already used on line 4" in p for p in problems_for(tmp_path, text)
    )


def test_the_file_is_named_after_its_subject(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, subject_yaml(), name="other.yaml")
    assert any("rename it demo.yaml" in p for p in problems)


def test_a_broken_fact_drops_alone(tmp_path: Path) -> None:
    path = tmp_path / "demo.yaml"
    path.write_text(subject_yaml(status="maybe"), encoding="utf-8")
    subject, problems = read_subject_file(path, today=TODAY)
    assert subject is not None
    assert len(subject.facts) == len(REQUIRED_FACTS) - 1
    assert [p.line for p in problems] == [8]  # the bad status only, not "license is missing"


def test_bare_yes_and_a_bare_year_mean_what_was_written(tmp_path: Path) -> None:
    assert problems_for(tmp_path, subject_yaml(status="yes", as_of="2025")) == []
    subject, _ = read_subject_file(tmp_path / "demo.yaml", today=TODAY)
    assert subject is not None
    license_fact = subject.get("license")
    assert license_fact is not None
    assert (license_fact.status, license_fact.as_of) == ("yes", "2025")


def test_one_id_keeps_one_label_across_files(tmp_path: Path) -> None:
    (tmp_path / "demo.yaml").write_text(subject_yaml(), encoding="utf-8")
    other = subject_yaml(label="Licence").replace("subject: Demo", "subject: Other")
    (tmp_path / "other.yaml").write_text(other, encoding="utf-8")
    problems = [str(p) for p in load_matrix(tmp_path, today=TODAY).problems]
    assert any("other.yaml" in p and "'Licence'" in p and "same label" in p for p in problems)


def test_a_missing_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    matrix = load_matrix(tmp_path / "nowhere")
    assert matrix.subjects == ()
    assert "does not exist" in str(matrix.problems[0])


def test_validate_checks_fact_files_in_a_data_folder(tmp_path: Path) -> None:
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "demo.yaml").write_text(subject_yaml(status="maybe"), encoding="utf-8")
    problems = [str(p) for p in validate_directory(tmp_path)]
    assert any("demo.yaml:8: facts.0.status" in p for p in problems)


# --------------------------------------------------------------------------- views


def test_cell_shows_status_word_value_source_and_date_and_escapes_markdown() -> None:
    fact = MatrixFact(
        id="x",
        label="X",
        group="apis",
        value="<b>torch.*</b>",
        status="partial",
        note="[click](https://evil.example)",
        source="https://example.org/a",
        as_of="2026-01",
    )
    cell = cell_markdown(fact)
    assert cell.startswith(":orange-badge[:material/contrast: Partial]")
    assert "[Source](https://example.org/a) · as of 2026-01" in cell
    assert "<b>" not in cell and "\\<b\\>" in cell
    assert "[click](" not in cell
    assert "Not recorded" in cell_markdown(None)


def test_timeline_leaves_out_unknown_dates(tmp_path: Path) -> None:
    text = (
        subject_yaml()
        + fact_yaml("old-release", group="releases")
        + fact_yaml("guess", group="releases", status="unknown")
    )
    (tmp_path / "demo.yaml").write_text(text, encoding="utf-8")
    matrix = load_matrix(tmp_path, today=TODAY)
    frame = timeline_frame(matrix, ["Demo"])
    assert "Guess" not in set(frame["label"])
    assert "Old release" in set(frame["label"])


# --------------------------------------------------------------------------- CLI


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def test_facts_json_contract() -> None:
    code, text = run_cli("facts", "--json")
    data = json.loads(text)
    assert code == 0
    assert data["checked"] == "2026-12-01"
    assert set(data["subjects"]) == {"Keras", "TensorFlow", "PyTorch", "JAX"}
    for facts in data["subjects"].values():
        assert len(facts) >= 12
        for fact in facts.values():
            assert set(fact) == {"label", "value", "status", "note", "source", "as_of"}
    assert data == matrix_json(load_matrix(FACTS))


def test_facts_table_and_exit_1_with_the_problem_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "demo.yaml").write_text(subject_yaml(status="maybe"), encoding="utf-8")
    code, text = run_cli("facts", "--dir", str(tmp_path))
    assert code == 1
    assert "Facts for Demo; data checked on 2026-11-30" in text
    assert f"{tmp_path / 'demo.yaml'}:8: facts.0.status" in capsys.readouterr().err


# --------------------------------------------------------------------------- any input


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.one_of(
        st.text(max_size=300),
        st.sampled_from(["", "---", "[", "facts: 3", "subject: {a: 1}", "- 1\n- 2"]),
        st.builds(
            lambda cut, junk: subject_yaml()[:cut] + junk,
            st.integers(min_value=0, max_value=1200),
            st.text(max_size=20),
        ),
    )
)
def test_any_file_text_gives_problems_never_a_traceback(tmp_path: Path, text: str) -> None:
    path = tmp_path / "demo.yaml"
    path.write_text(text, encoding="utf-8")
    subject, problems = read_subject_file(path, today=TODAY)
    assert subject is not None or problems
    assert all(p.path == str(path) and p.problem and p.fix for p in problems)
