"""explorer.views.compare: alignment, gaps, transpose and "rows that differ"."""

from __future__ import annotations

import pytest

from explorer.load import load_article, parse_article_text
from explorer.model import Article
from explorer.views.compare import NOT_COVERED, WRAPPED, compare, in_lines, line_width
from tests.support import ROOT

ARTICLES = ROOT / "data" / "articles"


@pytest.fixture(scope="module")
def seed() -> Article:
    return load_article(ARTICLES / "keras-tensorflow-pytorch.md")


def article(md: str) -> Article:
    front = "---\ntitle: How do Alpha, Beta and Gamma differ?\n---\n"
    return parse_article_text(front + md, article_id="t")


UNEVEN = article(
    "### Alpha\n- **Speed**: Alpha is fast.\n- **Licence**: Alpha is MIT licensed.\n"
    "- Alpha has a mascot.\n\n"
    "### Beta\n- **Licence**: Beta is MIT licensed.\n- **Size**: Beta is small.\n\n"
    "### Gamma\n- **Speed**: Gamma is slow.\n"
)


def test_rows_are_the_union_in_article_order() -> None:
    table = compare(UNEVEN)
    assert table.subjects == ("Alpha", "Beta", "Gamma")
    assert table.attributes == ("Speed", "Licence", "Size")


@pytest.mark.parametrize(
    ("attribute", "subject", "text"),
    [
        ("Speed", "Alpha", "Alpha is fast."),
        ("Speed", "Beta", NOT_COVERED),
        ("Size", "Beta", "Beta is small."),
        ("Licence", "Gamma", NOT_COVERED),
    ],
)
def test_cells_say_not_covered_explicitly(attribute: str, subject: str, text: str) -> None:
    assert compare(UNEVEN).cell(attribute, subject).text == text


def test_choosing_subjects_narrows_rows_and_keeps_article_order() -> None:
    table = compare(UNEVEN, ["Gamma", "Alpha", "Nobody"])
    assert table.subjects == ("Alpha", "Gamma")
    assert table.attributes == ("Speed", "Licence")


def test_unlabelled_points_are_listed_per_subject() -> None:
    table = compare(UNEVEN)
    assert [c.text for c in table.points["Alpha"]] == ["Alpha has a mascot."]
    assert "Beta" not in table.points


@pytest.mark.parametrize(
    ("subjects", "differing"),
    [
        (["Alpha", "Beta"], ("Speed", "Size")),  # Licence: same words once names are set aside
        (["Alpha", "Gamma"], ("Speed", "Licence")),  # covered by one, not the other
        (["Beta"], ()),  # one subject never differs from itself
    ],
)
def test_only_rows_that_differ(subjects: list[str], differing: tuple[str, ...]) -> None:
    assert compare(UNEVEN, subjects).rows(only_differing=True) == differing


def test_grid_and_frame_transpose(seed: Article) -> None:
    table = compare(seed, ["Keras", "PyTorch"])
    grid = table.grid()
    assert grid[0][0] == "High-Level API"
    assert [label for label, _ in grid[0][1]] == ["Keras", "PyTorch"]
    flipped = table.grid(transpose=True)
    assert [label for label, _ in flipped] == ["Keras", "PyTorch"]
    assert flipped[0][1][0][0] == "High-Level API"
    frame = table.frame(transpose=True)
    assert list(frame.index) == ["Keras", "PyTorch"]
    assert frame.loc["PyTorch", "High-Level API"] == NOT_COVERED


def test_seed_summaries_and_coverage(seed: Article) -> None:
    table = compare(seed)
    assert table.summary["PyTorch"].startswith("PyTorch is preferred for research")
    coverage = table.coverage()
    assert coverage.shape == (12, 3)
    assert coverage.sum().to_dict() == {"Keras": 4, "TensorFlow": 4, "PyTorch": 4}


def test_key_differences_are_kept() -> None:
    ula = load_article(ARTICLES / "ula-link-local.md")
    table = compare(ula)
    assert [c.attribute for c in table.differences] == ["Routing", "Address Scope", "Configuration"]


@pytest.mark.parametrize(
    ("count", "width", "lengths"),
    [(2, 2, [2]), (5, 5, [5]), (6, WRAPPED, [4, 2]), (9, WRAPPED, [4, 4, 1]), (0, 0, [])],
)
def test_cells_share_a_line_up_to_five_then_wrap(
    count: int, width: int, lengths: list[int]
) -> None:
    assert line_width(count) == width
    assert [len(line) for line in in_lines(list(range(count)), width or 1)] == lengths


def test_cards_are_the_grid_in_lines(seed: Article) -> None:
    table = compare(seed)
    cards = table.cards()
    assert [c.label for c in cards] == list(table.attributes)
    assert all(c.width == 3 and len(c.lines) == 1 for c in cards)
    first = cards[0].lines[0]
    assert [label for label, _cell in first] == ["Keras", "TensorFlow", "PyTorch"]
    assert first[0][1] == table.cell(cards[0].label, "Keras")
    wide = table.cards(transpose=True)  # 12 attributes across: wrapped into 4, 4, 4
    assert [c.label for c in wide] == ["Keras", "TensorFlow", "PyTorch"]
    assert wide[0].width == WRAPPED and [len(line) for line in wide[0].lines] == [4, 4, 4]


def test_no_subjects_no_cards_and_points_in_lines() -> None:
    assert compare(UNEVEN, []).cards() == []
    lines = compare(UNEVEN).point_lines()
    assert [[subject for subject, _points in line] for line in lines] == [["Alpha"]]


GROUPS = parse_article_text(
    "---\ntitle: How do Alpha and Beta differ?\n---\n"
    "### Alpha\n**Advantages:**\n- **Speed**: Alpha is fast.\n- **Price**: Alpha is cheap.\n\n"
    "**Disadvantages:**\n- **Size**: Alpha is big.\n\n"
    "### Beta\n**Advantages:**\n- **Safety**: Beta is safe.\n- **Price**: Beta is dear.\n\n"
    "**Disadvantages:**\n- **Weight**: Beta is heavy.\n\n"
    "### Gamma\n**Advantages:**\n- **Colour**: Gamma is red.\n",
    article_id="groups",
)


def test_a_group_each_subject_fills_with_its_own_items_is_one_row() -> None:
    table = compare(GROUPS, ["Alpha", "Beta"])
    assert table.attributes == ("Advantages", "Advantages > Price", "Disadvantages")


@pytest.mark.parametrize(
    ("subjects", "row", "subject", "labelled"),
    [
        # each item under its own label in its subject's cell
        (["Alpha", "Beta"], "Disadvantages", "Beta", [("Weight", "Beta is heavy.")]),
        (["Alpha", "Beta"], "Advantages", "Alpha", [("Speed", "Alpha is fast.")]),
        # an item two subjects give is its own row, its cells as the article labels them
        (["Alpha", "Beta"], "Advantages > Price", "Beta", [(None, "Beta is dear.")]),
        # one subject alone under a group: its items keep their rows
        (["Alpha", "Gamma"], "Disadvantages > Size", "Alpha", [(None, "Alpha is big.")]),
    ],
)
def test_items_in_a_group_row_keep_their_labels(
    subjects: list[str], row: str, subject: str, labelled: list[tuple[str | None, str]]
) -> None:
    cell = compare(GROUPS, subjects).cell(row, subject)
    assert [(label, claim.text) for label, claim in cell.labelled()] == labelled


def test_a_group_row_cell_reads_label_then_text() -> None:
    assert compare(GROUPS, ["Alpha", "Beta"]).cell("Disadvantages", "Alpha").text == (
        "Size: Alpha is big."
    )
