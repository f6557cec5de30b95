"""Golden tests: every ``tests/golden/<name>.md`` parses to exactly ``<name>.json``.

A new case is two files and no code: an article (``<name>.md``) and the record that
``python -m explorer parse --json`` prints for it, minus ``source`` (``<name>.json``).

To write or refresh an expected file, then READ it before committing (a golden file that
blesses wrong output protects the bug, not the behaviour)::

    python tests/parsing/test_golden.py --regen NAME [NAME ...]   # or --regen-all
    python tests/parsing/test_golden.py --show NAME               # print the record, write nothing

The seed article (data/articles/keras-tensorflow-pytorch.md) is checked value by value below,
because it is the article every view is demonstrated with.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # when run as a script
    sys.path.insert(0, str(ROOT))

from explorer.cli.main import main as cli_main
from explorer.load import load_article
from tests.parsing.read_by_hand import SHIPPED
from tests.support import all_strings

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
SEED = ROOT / "data" / "articles" / "keras-tensorflow-pytorch.md"
CASES = sorted(GOLDEN.glob("*.md"))


def record(path: Path) -> dict[str, Any]:
    """The ``parse --json`` record for ``path`` without ``source`` (which depends on the cwd)."""
    out = io.StringIO()
    cli_main(["parse", str(path), "--json"], out=out)
    (rec,) = json.loads(out.getvalue())
    rec.pop("source")
    return dict(rec)


def test_golden_folder_has_cases() -> None:
    assert len(CASES) >= 15, f"expected the golden cases in {GOLDEN}, found {len(CASES)}"


@pytest.mark.parametrize("md", CASES, ids=[p.stem for p in CASES])
def test_golden(md: Path) -> None:
    expected_path = md.with_suffix(".json")
    if not expected_path.exists():
        pytest.fail(
            f"{md.name} has no expected output {expected_path.name}; write it with "
            f"`python tests/parsing/test_golden.py --regen {md.stem}`, then read and check it"
        )
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    actual = record(md)
    # Field by field first, so a failure names the field rather than dumping two records.
    for key in sorted(set(expected) | set(actual)):
        assert actual.get(key) == expected.get(key), f"{md.name}: field {key!r} differs"
    assert actual == expected


def test_every_expected_file_has_an_article() -> None:
    orphans = [p.name for p in GOLDEN.glob("*.json") if not p.with_suffix(".md").exists()]
    assert orphans == [], f"expected outputs without an article: {orphans}"


# --- the seed ------------------------------------------------------------------------------------

SEED_READ = SHIPPED["keras-tensorflow-pytorch"]  # read by hand


def test_seed_subjects_and_attributes() -> None:
    comp = load_article(SEED).comparison
    assert comp.subjects == ("Keras", "TensorFlow", "PyTorch")
    for subject, attributes in SEED_READ.subjects.items():
        claims = comp.claims_for(subject)
        assert [c.attribute for c in claims] == attributes
        assert all(c.kind == "attribute" and c.text for c in claims)
    assert comp.differences == ()


def test_seed_claim_text_and_lines() -> None:
    article = load_article(SEED)
    first = article.comparison.claims[0]
    assert first.text.startswith("Keras is designed as a high-level API")
    assert first.text.endswith("especially for beginners.")
    assert first.section == "Keras"
    assert article.markdown.splitlines()[first.line - 1].startswith("- **High-Level API**:")


def test_seed_summary_and_conclusion() -> None:
    comp = load_article(SEED).comparison
    assert comp.summary == {
        "Keras": "Keras is best for rapid prototyping and ease of use, making it suitable for "
        "beginners and quick model development.",
        "TensorFlow": "TensorFlow is ideal for production environments requiring scalability "
        "and a comprehensive ecosystem for deployment and monitoring.",
        "PyTorch": "PyTorch is preferred for research and experimentation due to its dynamic "
        "nature and user-friendly interface.",
    }
    assert comp.conclusion.startswith("In conclusion, the choice between Keras, TensorFlow")
    assert comp.conclusion.endswith("stages of development and production needs.")
    assert comp.intro.startswith("Keras, TensorFlow, and PyTorch are three of the most")
    assert "Here’s a detailed comparison" in comp.intro


def test_seed_has_no_damage_left() -> None:
    article = load_article(SEED)
    rec = article.as_json()
    strings = [*all_strings(rec), article.markdown]
    assert strings
    assert not [s for s in strings if "â€" in s or "\\n" in s or "&nbsp;" in s]
    assert rec["warnings"] == []
    assert rec["date"] == "2024-11-26"
    assert rec["source_id"] == "51101"


# --- regenerating expected files ----------------------------------------------------------------


def _regen(names: list[str], *, write: bool) -> int:
    for name in names:
        md = GOLDEN / f"{Path(name).stem}.md"
        if not md.exists():
            print(f"no such case: {md}", file=sys.stderr)
            return 2
        text = json.dumps(record(md), ensure_ascii=False, indent=2) + "\n"
        if write:
            md.with_suffix(".json").write_text(text, encoding="utf-8")
            print(f"wrote {md.with_suffix('.json')}: read it before committing")
        else:
            print(text)
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--regen-all"]:
        raise SystemExit(_regen([p.stem for p in CASES], write=True))
    if len(args) >= 2 and args[0] in ("--regen", "--show"):
        raise SystemExit(_regen(args[1:], write=args[0] == "--regen"))
    print(__doc__)
    raise SystemExit(2)
