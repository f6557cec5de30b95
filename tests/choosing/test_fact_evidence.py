"""Facts-matrix cells as chooser evidence: tagged by the needs, counted by status, kept apart."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from explorer.choosing import load_tagger, rank_subjects
from explorer.choosing.evidence import Evidence
from explorer.choosing.fact_evidence import FACT_STRENGTH, matrix_evidence
from explorer.load import load_article
from explorer.paths import DEFAULT_ARTICLES
from tests.support import SEED, choose


@dataclass(frozen=True)
class Cell:
    id: str
    label: str
    value: str
    status: str
    source: str = "https://example.org/docs"
    as_of: str = "2025-10"


@dataclass(frozen=True)
class Row:
    subject: str
    facts: tuple[Cell, ...]


ROWS = (
    Row(
        "pytorch",  # matched to the article's "PyTorch" case and punctuation aside
        (
            Cell("mobile-edge", "Mobile and edge runtime", "A runtime for phones", "yes"),
            Cell("serving", "Serving", "A model server for production deployment", "deprecated"),
            Cell("license", "License", "BSD-3-Clause", "value"),
            Cell("onnx", "Research tools", "Some research notebooks", "unknown"),
        ),
    ),
    Row("Not In The Article", (Cell("mobile-edge", "Mobile runtime", "x", "yes"),)),
)


@pytest.fixture(scope="module")
def evidence() -> list[Evidence]:
    return matrix_evidence(ROWS, ["Keras", "TensorFlow", "PyTorch"], load_tagger())


def test_cells_become_fact_evidence_by_status(evidence: list[Evidence]) -> None:
    got = {(e.subject, e.need, e.strength, e.kind) for e in evidence}
    assert got == {
        ("PyTorch", "mobile-embedded", FACT_STRENGTH["yes"], "fact"),
        ("PyTorch", "production-deployment", "caveat", "fact"),
    }
    mobile = next(e for e in evidence if e.need == "mobile-embedded")
    assert (mobile.url, mobile.as_of, mobile.source, mobile.line) == (
        "https://example.org/docs",
        "2025-10",
        "Mobile and edge runtime",
        0,
    )
    assert mobile.text == "Mobile and edge runtime: A runtime for phones"
    assert mobile.correction is None


def test_fact_evidence_lets_a_subject_meet_a_must_have(evidence: list[Evidence]) -> None:
    seed = load_article(DEFAULT_ARTICLES / "keras-tensorflow-pytorch.md")
    ranking = rank_subjects(seed, {"mobile-embedded": 3}, must=["mobile-embedded"], extra=evidence)
    pytorch = next(s for s in ranking.ranked if s.subject == "PyTorch")
    assert pytorch.meets_must
    assert [e.kind for e in pytorch.evidence] == ["fact"]
    alone = rank_subjects(seed, {"mobile-embedded": 3}, must=["mobile-embedded"])
    assert not next(s for s in alone.ranked if s.subject == "PyTorch").meets_must


def test_with_facts_adds_pytorch_mobile_evidence_with_its_source() -> None:
    result = choose(SEED, "--must", "mobile-embedded", "--with-facts", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    pytorch = next(r for r in data["ranking"] if r["subject"] == "PyTorch")
    assert pytorch["meets_must"]
    facts = [e for e in pytorch["evidence"] if e["kind"] == "fact"]
    assert facts and all(e["need"] == "mobile-embedded" for e in facts)
    assert all(e["url"].startswith("https://") and e["as_of"] for e in facts)
    without = json.loads(choose(SEED, "--must", "mobile-embedded", "--json").stdout)
    assert not next(r for r in without["ranking"] if r["subject"] == "PyTorch")["meets_must"]
