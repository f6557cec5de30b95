"""Statements: the labelled items, paragraphs, points and attached code under one name.

Every shape reads its statements the same way: ``**Attr**: text`` (item or paragraph) is a
labelled statement, a bold-only paragraph labels the block right after it, a plain item or
paragraph is an unlabelled point, and a code block belongs to the statement that introduces
it. These helpers are pure: they return what they read and change nothing they are given.
"""

from __future__ import annotations

import re
from dataclasses import replace

from explorer.parsing.inline import Label, heading_name, plain, split_label
from explorer.parsing.lead_ins import lead_in_group
from explorer.parsing.markdown import Block, Code, Item, ListBlock, Para, Table
from explorer.parsing.outline import Section
from explorer.parsing.state import Entries, Entry

_SUMMARY_LABEL = re.compile(
    r"^(?:in )?(?:summary|short|overall|tl;?dr|bottom line|verdict)$", re.IGNORECASE
)
_SENTENCE_END_CHARS = re.compile(r"[.!?;]")

GROUP_SEPARATOR = " > "
"""Between a group label and the attribute under it: ``**Advantages:**`` over ``- **Cost**: ...``
reads as the attribute ``Advantages > Cost``."""


def grouped(group: str, attribute: str | None) -> str:
    """``attribute`` under ``group`` ("Advantages > Cost"), or the group alone."""
    return f"{group}{GROUP_SEPARATOR}{attribute}" if attribute else group


SHORT_NAME_WORDS = 6
"""A plain item of at most this many words, with labelled points under it, names a group
("1. Keras:") as a bold label would; a longer one is a sentence."""


def join(first: str, second: str = "") -> str:
    """Two pieces of Markdown, one per line, skipping an empty one (usually the second)."""
    if not second.strip():
        return first.strip()
    if not first.strip():
        return second.strip()
    return f"{first}\n{second}".strip()


def read_entries(
    blocks: list[Block] | tuple[Block, ...], sublabel: str | None = None, *, within: str = ""
) -> Entries:
    """The statements in ``blocks``: labelled items and paragraphs, points, attached code.

    ``sublabel`` labels unlabelled statements (a subject section's own sub-heading names them);
    ``within`` is the name they are under, whose own group a lead-in does not repeat.
    """
    out: list[Entry] = []
    summaries: list[Entry] = []
    pending: str | None = None  # a bold-only paragraph labels the block right after it
    for block in blocks:
        label = pending or sublabel
        pending = None
        if isinstance(block, Para):
            lab = split_label(block.raw)
            if lab and lab.alone:
                pending = lab.name
            elif lab and lab.separated and _SUMMARY_LABEL.match(lab.name):
                summaries.append(Entry(lab.name, lab.rest, block.line))
            elif lab and lab.separated:
                out.append(Entry(lab.name, lab.rest, block.line))
            else:
                out.append(Entry(label, block.raw, block.line))
                if block.raw.rstrip().endswith(":"):
                    pending = lead_in_group(block.raw, within or sublabel or "")
        elif isinstance(block, ListBlock):
            group = label if label != sublabel else None  # "**Advantages:**" over this list
            for item in block.items:
                lab = split_label(item.raw)
                # "- **Adenine (A)**" and nothing else: a name listed, not a label of nothing
                if lab and lab.separated and (item.children or not lab.alone):
                    name = grouped(group, lab.name) if group else lab.name
                    text = _body(lab.rest, item)
                    parts = _labelled_parts(lab.rest, item) if item.children else ()
                    out.append(Entry(name, text, item.line, group, parts))
                elif not lab and (parts := _labelled_parts("", item) if item.children else ()):
                    # "- There are two types:" over "- **Qualitative**: ...": a point, and
                    # the labelled statements under it
                    out.append(Entry(label, item.raw, item.line))
                    out.extend(in_group(label, parts))
                else:
                    out.append(Entry(label, join(item.raw, item.children_source), item.line))
        elif isinstance(block, Code):
            if out:  # code belongs to the statement that introduces it
                last = out[-1]
                out[-1] = replace(last, text=f"{last.text}\n\n{block.source}".strip())
            else:
                out.append(Entry(label, block.source, block.line))
        elif isinstance(block, Table):
            values = values_table(block)
            if values is None:
                out.extend(table_entries(block))
            elif out and out[-1].text.rstrip().endswith(":"):  # "Here is the truth table:"
                out[-1] = replace(out[-1], text=f"{out[-1].text}\n\n{values}")
            else:
                out.append(Entry(label, values, block.line))
    return Entries(tuple(out), tuple(summaries))


def _body(rest: str, item: Item) -> str:
    """A label's text and what is nested under it. One plain bullet under a label with no
    text of its own ("2. **Regular Physical Activity**:" over "- Engaging in exercise ...")
    is that text, not a one-item list whose marker would open the statement."""
    children = item.children
    if not rest.strip() and len(children) == 1 and isinstance(children[0], ListBlock):
        items = children[0].items
        if len(items) == 1 and not items[0].children:
            return items[0].raw.strip()
    return join(rest, item.children_source)


def in_group(group: str | None, parts: tuple[Entry, ...]) -> list[Entry]:
    """``parts`` as statements of ``group``: a labelled one is the group's attribute
    ("Characteristics > Speed"), an unlabelled one the group's own text."""
    out = []
    for p in parts:
        label = grouped(group, p.label) if group else p.label
        out.append(Entry(label, p.text, p.line, group if group and p.label else None))
    return out


def _labelled_parts(lead: str, item: Item) -> tuple[Entry, ...]:
    """The item's own text and its nested items, when they are one list of labelled items
    and nothing else (see :attr:`Entry.parts`); () otherwise."""
    if len(item.children) != 1 or not isinstance(item.children[0], ListBlock):
        return ()
    nested = []
    for child in item.children[0].items:
        lab = split_label(child.raw)
        if not (lab and lab.separated and (child.children or not lab.alone)):
            return ()
        nested.append(Entry(lab.name, _body(lab.rest, child), child.line))
    own = (Entry(None, lead, item.line),) if lead.strip() else ()
    return own + tuple(nested)


def merge(*parts: Entries) -> Entries:
    """Several runs of statements as one, in order."""
    return Entries(
        tuple(e for p in parts for e in p.entries), tuple(e for p in parts for e in p.summaries)
    )


def flatten(section: Section) -> list[Block]:
    """A section's blocks with its sub-sections' blocks after them (headings dropped)."""
    out: list[Block] = []
    stack = [section]
    while stack:  # depth first, in document order, without recursion
        current = stack.pop()
        out.extend(current.body)
        stack.extend(reversed(current.subs))
    return out


def bold_heading(block: Block) -> str | None:
    """The name of a paragraph that is only bold text (``**TCP (Transmission Control Protocol)**``)."""
    if isinstance(block, Para):
        lab = split_label(block.raw)
        if lab and lab.alone:
            return lab.name
    return None


def nested_items(block: ListBlock) -> list[tuple[Label, Item]]:
    """Items of ``block`` that are a label with points nested under them."""
    found = []
    for item in block.items:
        if not item.children:  # most items: no need to read a label
            continue
        lab = item_label(item)
        if lab and lab.separated:
            found.append((lab, item))
    return found


def item_label(item: Item) -> Label | None:
    """An item's bold label; or its whole text when that is a short plain name ("1. Keras:")
    heading ``**Attr**: text`` points, as a bold label would."""
    lab = split_label(item.raw)
    if lab is not None:
        return lab
    name = heading_name(item.raw)
    short = (
        bool(name)
        and len(name.split()) <= SHORT_NAME_WORDS
        and not _SENTENCE_END_CHARS.search(name)
    )
    if short and has_labels(item.children):
        return Label(name=name, rest="", separated=True)
    return None


def has_labels(blocks: list[Block]) -> bool:
    """The first list among ``blocks`` has a ``**Label**: text`` item."""
    for block in blocks:
        if isinstance(block, ListBlock):
            return any((lab := split_label(it.raw)) and lab.separated for it in block.items)
    return False


def table_entries(table: Table) -> list[Entry]:
    """A table that lays out no subjects: each row a statement labelled by its first cell."""
    header = [plain(h) for h in table.header]
    out = []
    for row, line in zip(table.rows, row_lines(table), strict=True):
        if not row:
            continue
        if len(row) == 2:
            out.append(Entry(plain(row[0]), row[1], line))
        else:
            cells = "; ".join(
                f"{h}: {c}" for h, c in zip(header[1:], row[1:], strict=False) if c.strip()
            )
            out.append(Entry(plain(row[0]), cells, line))
    return out


_WORDLIKE = re.compile(r"[^\W\d_]{2}")
"""A row label has a word in it ("Scalability"); "T", "/9" or "2.5" is a value."""


_TRUTH_VALUES = frozenset(("t", "f", "true", "false", "0", "1"))


def values_table(table: Table) -> str | None:
    """A table of values, not of labelled rows (a truth table's "T" and "F" rows, a list of
    "/9", "/10" subnets: first cells that repeat, or that hold no word), as Markdown; None
    for a table whose rows are labelled."""
    firsts = [plain(r[0]) for r in table.rows if r]
    truth = all(f.strip().lower() in _TRUTH_VALUES for f in firsts)  # "True", "False": values
    if not firsts or (
        not truth and len(set(firsts)) == len(firsts) and any(map(_WORDLIKE.search, firsts))
    ):
        return None
    lines = [table.header, ["---"] * len(table.header), *table.rows]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def row_lines(table: Table) -> list[int]:
    """Each row's own line (the table's line for tables built without them)."""
    if len(table.row_lines) == len(table.rows):
        return table.row_lines
    return [table.line] * len(table.rows)
