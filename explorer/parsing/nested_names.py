"""Labels nested two levels down in a list: whether they are the compared names.

``1. **Functional Groups**:`` over ``- **Alcohols**: ...`` and ``- **Phenols**: ...`` lays an
aspect's values out per subject, so the nested labels are the sides, whatever the heading
above says; but ``1. **Subtypes**:`` over ``- **Alpha-1 Receptors**:`` under ``### Alpha
Adrenergic Receptors`` lists one side's parts. :mod:`.shapes` asks before it reads bold items
with nested points as groups.
"""

from __future__ import annotations

from explorer.parsing.inline import Label, split_label
from explorer.parsing.markdown import Item, ListBlock
from explorer.parsing.names import Namer
from explorer.parsing.state import GROUP_MAJORITY
from explorer.parsing.words import tokens


def values_per_subject(nested: list[tuple[Label, Item]], names: Namer, heading: str | None) -> bool:
    """``1. **Functional Groups**:`` + ``- **Alcohols**: ...`` under a heading that names an
    aspect ("### Structural Differences"): the nested labels are the compared names; but under
    a heading that names one side (``### Alpha Adrenergic Receptors`` over ``1. **Subtypes**:``
    over ``- **Alpha-1 Receptors**:``), labels of that side alone are its parts."""
    anchors = names.anchors
    if anchors is None:
        return False
    labelled = [
        lab.name
        for _, item in nested
        for block in item.children
        if isinstance(block, ListBlock)
        for it in block.items
        if (lab := split_label(it.raw)) and lab.separated
    ]
    hits = [side for n in labelled if len(side := anchors.which(n)) == 1]
    if heading and set(hits) == {anchors.which(heading)} and not _named_within(heading, labelled):
        return False
    return len(hits) >= 2 and len(hits) >= GROUP_MAJORITY * len(labelled)


def _named_within(heading: str, labels: list[str]) -> bool:
    """Every label holds the heading's words ("Lingual Lipase" under ``### Lipase``): read as
    groups, they still resolve to the heading's subject (and keep their own labelled items)."""
    own = set(tokens(heading))
    return all(own <= set(tokens(label)) for label in labels)
