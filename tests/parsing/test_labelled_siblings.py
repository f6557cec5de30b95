"""Siblings of a group labelled with the compared names (``explorer.parsing.clusters``): they
are attributes like it when their names only speak of a side, and stay the sides' own
sections when they name a side whole; table-driven, through the whole parser."""

from __future__ import annotations

import pytest

from explorer.parsing import parse_comparison

SPEAKING = """
1. **Purpose**:
   - **Special Stains**: Show one substance.
   - **H&E Staining**: Shows the whole tissue.

2. **Range of Stains**:
   - There are dozens of special stains.

3. **Visualization Techniques**:
   - Each technique gives its own colour.
"""
OWN_SECTIONS = """
### Keras Overview
Keras is a high-level API.

### PyTorch Overview
PyTorch is a define-by-run library.

### Head to Head
- **Keras**: Best for beginners.
- **PyTorch**: Best for research.
"""

CASES = [
    # the siblings only speak of a side ("Range of Stains"): attributes, their points key points
    (
        SPEAKING,
        "How do special stains differ from standard staining techniques?",
        ("Special Stains", "H&E Staining"),
        {("Special Stains", "Purpose"), ("H&E Staining", "Purpose")},
        {"Range of Stains", "Visualization Techniques"},
    ),
    # the siblings name a side whole ("Keras Overview"): each side's own section
    (
        OWN_SECTIONS,
        "How does Keras differ from PyTorch?",
        ("Keras Overview", "PyTorch Overview"),
        {("Keras Overview", None), ("PyTorch Overview", "Head to Head")},
        set(),
    ),
]


@pytest.mark.parametrize(("markdown", "question", "subjects", "claims", "differences"), CASES)
def test_labelled_siblings(
    markdown: str,
    question: str,
    subjects: tuple[str, ...],
    claims: set[tuple[str, str | None]],
    differences: set[str],
) -> None:
    read = parse_comparison(markdown, title=question, question=question)
    assert read.subjects == subjects
    assert claims <= {(c.subject, c.attribute) for c in read.claims}
    assert {d.attribute for d in read.differences} == differences
