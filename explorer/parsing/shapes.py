"""From an article's Markdown to a :class:`~explorer.model.Comparison`.

The reader walks the outline (:mod:`explorer.parsing.outline`) and sorts what it finds into *groups*:
a heading, a bold-only paragraph or a bold list item, each with the statements under it
(*entries*, labelled ``**Attr**: text`` or not). Sibling groups form a *cluster*, read one of
two ways:

* subject-major: each group is a subject and entry labels are attributes (``### Keras`` +
  ``- **High-Level API**: ...``);
* attribute-major: each group is an attribute and entry labels are subjects
  (``1. **Edge Weight Handling**:`` + ``- **Dijkstra's Algorithm**: ...``).

Which way is decided by the article's own question (:class:`~explorer.parsing.names.Namer`): the side
whose names the question uses holds the subjects. Summary sections ("Summary of
Differences", "Key Differences", "In short") give per-subject summaries when their items name
a subject, attribute-level differences when they name an attribute, and table rows when they
are a table. Both layouts may appear in one article; their claims merge into one table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explorer.model import Claim, ClaimKind, Comparison
from explorer.parsing.markdown import (
    Block,
    Code,
    Item,
    Label,
    ListBlock,
    Para,
    Table,
    heading_name,
    parse_blocks,
    plain,
    split_label,
)
from explorer.parsing.names import Namer
from explorer.parsing.outline import Section, outline, take_conclusion, take_intro

# Bold lines that label a group of points inside a subject ("**Characteristics:**"), never a subject.
_GENERIC_LABELS = frozenset(
    {
        "characteristics",
        "example",
        "examples",
        "features",
        "key features",
        "advantages",
        "disadvantages",
        "pros",
        "cons",
        "benefits",
        "drawbacks",
        "strengths",
        "weaknesses",
        "limitations",
        "note",
        "notes",
        "overview",
        "details",
        "description",
        "usage",
        "use cases",
        "how it works",
        "key points",
        "properties",
        "operations",
    }
)
_SUMMARY_LABEL = re.compile(
    r"^(?:in )?(?:summary|short|overall|tl;?dr|bottom line|verdict)$", re.IGNORECASE
)
_SENTENCE_END_CHARS = re.compile(r"[.!?;]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z*_`])")


@dataclass
class Entry:
    """One statement inside a group: its label (attribute or subject) and Markdown text."""

    label: str | None
    text: str
    line: int


@dataclass
class Group:
    name: str
    line: int
    entries: list[Entry]
    parent: str | None


def parse_comparison(markdown: str, *, title: str = "", question: str = "") -> Comparison:
    """Read ``markdown`` (already repaired) as a comparison of two or more subjects."""
    root = outline(parse_blocks(markdown))
    intro = take_intro(root)
    conclusion = take_conclusion(root)
    reader = _Reader(Namer(question, title))
    reader.container(root)
    return reader.result(
        intro="\n\n".join(p.raw for p in intro),
        conclusion="\n\n".join(p.raw for p in conclusion),
    )


def _join(first: str, second: str = "") -> str:
    """Two pieces of Markdown, one per line, skipping an empty one (usually the second)."""
    if not second.strip():
        return first.strip()
    if not first.strip():
        return second.strip()
    return f"{first}\n{second}".strip()


class _Reader:
    def __init__(self, namer: Namer) -> None:
        self.namer = namer
        self.claims: list[Claim] = []
        self.summary: dict[str, str] = {}
        self.summary_claims: list[Claim] = []
        self.differences: list[Claim] = []
        self.warnings: list[str] = []
        self._subject_lines: dict[str, int] = {}
        self._summary_paragraphs: list[Entry] = []

    # --- walking the outline ------------------------------------------------------------------

    def container(self, section: Section) -> None:
        """Read a section whose sub-sections are groups (or containers of groups)."""
        cluster: list[Group] = []
        if section.body:  # the blocks before the first sub-heading; the subs are read below
            body = Section(section.name, section.level, section.line, section.body)
            self._leaf(body, cluster, named=section.name is not None and not section.subs)
        for sub in section.subs:
            if sub.is_summary and not sub.subs:
                self._flush(cluster)
                self.summary_section(sub)
            elif sub.subs and not self._owns_subsections(sub):
                self._flush(cluster)
                self.container(sub)
            else:
                self._leaf(sub, cluster, named=True)
        self._flush(cluster)

    def _owns_subsections(self, section: Section) -> bool:
        """``## Keras`` + ``### Strengths``: the heading is the subject, sub-headings its attributes."""
        assert section.name is not None
        own = self.namer.relevance(section.name)
        return own > 0 and own > self.namer.mean_relevance(s.name or "" for s in section.subs)

    def _leaf(self, section: Section, cluster: list[Group], *, named: bool) -> None:
        """Turn one section into groups: itself, or the bold paragraphs or bold items inside it."""
        name = section.name if named and section.name else None  # "# :" names nothing
        inner = self._inner_groups(section.body, name)
        if inner is not None:
            before, groups, after = inner
            self._flush(cluster)
            for part in (before, None, after):  # nothing in the section is left unread
                if part is None:
                    self._flush(groups)
                elif part:
                    self._leaf(
                        Section(name, section.level, section.line, part), cluster, named=named
                    )
                    self._flush(cluster)
            return
        body = section.body
        grids = [b for b in body if isinstance(b, Table) and self._is_grid(b, name)]
        if grids:  # a table that lays out the subjects side by side is read as the table it is
            for table in grids:
                self._table(table, name)
            body = [b for b in body if not any(b is t for t in grids)]
        entries = self._entries(body)
        for sub in section.subs:  # a subject section's own sub-headings label its entries
            entries += self._entries(_flatten(sub), sublabel=sub.name)
        if name is None:
            self._flush(cluster)
            self._anonymous(entries)
        elif entries:
            cluster.append(Group(name, section.line, entries, None))
        else:
            self.warnings.append(f"section {name!r} (line {section.line}) has no points")

    def _is_grid(self, table: Table, name: str | None) -> bool:
        """A table of subjects by attributes: 3+ columns, and its header or first column names
        the subjects better than the section it sits in (a subject section's own table of
        operations stays that subject's)."""
        if len(table.header) < 3 or not table.rows:
            return False
        header = [plain(h) for h in table.header[1:]]
        firsts = [plain(r[0]) for r in table.rows if r]
        score = max(self.namer.mean_relevance(header), self.namer.mean_relevance(firsts))
        own = self.namer.relevance(name) if name else 0.0
        return score >= 0.5 and score > own

    def _inner_groups(
        self, body: list[Block], name: str | None
    ) -> tuple[list[Block], list[Group], list[Block]] | None:
        """Groups named by bold-only paragraphs or by bold list items with nested points, if any,
        with the blocks before and after them."""
        own = self.namer.relevance(name) if name else -1.0
        return self._bold_paragraph_groups(body, name, own) or self._bold_item_groups(
            body, name, own
        )

    def _bold_paragraph_groups(
        self, body: list[Block], name: str | None, own: float
    ) -> tuple[list[Block], list[Group], list[Block]] | None:
        """Bold-only paragraphs as sub-headings (``**TCP (Transmission Control Protocol)**``)."""
        heads = [i for i, b in enumerate(body) if _bold_heading(b)]
        if not heads:
            return None
        names = [_bold_heading(body[i]) or "" for i in heads]
        if all(n.lower() in _GENERIC_LABELS for n in names):
            return None
        if name is not None and (len(heads) < 2 or self.namer.mean_relevance(names) <= own):
            return None
        groups = []
        for k, start in enumerate(heads):
            stop = heads[k + 1] if k + 1 < len(heads) else len(body)
            entries = self._entries(body[start + 1 : stop])
            groups.append(Group(names[k], body[start].line, entries, name))
        return body[: heads[0]], groups, []

    def _bold_item_groups(
        self, body: list[Block], name: str | None, own: float
    ) -> tuple[list[Block], list[Group], list[Block]] | None:
        """Bold list items with nested points (``1. **HTTP (...)**:`` + ``- point``), possibly
        in several lists split by a lead-in line ("The third one is encrypted:")."""
        lists = [i for i, b in enumerate(body) if isinstance(b, ListBlock) and _nested_items(b)]
        if not lists:
            return None
        items = [it for i in lists for it in _as_list(body[i]).items]
        nested = [(lab, it) for i in lists for lab, it in _nested_items(_as_list(body[i]))]
        if len(nested) < 2 or 2 * len(nested) < len(items):
            return None
        score = self.namer.mean_relevance(lab.name for lab, _ in nested)
        grid = all(lab.alone for lab, _ in nested) and all(
            _has_labels(it.children) for _, it in nested
        )
        if not (name is None or score > own or (score == own and grid)):
            return None
        groups: list[Group] = []
        for i in range(lists[0], lists[-1] + 1):
            block = body[i]
            if isinstance(block, ListBlock) and i in lists:
                for item in block.items:
                    lab = _item_label(item)
                    if lab is None or not lab.separated:
                        continue
                    lead = [Entry(None, lab.rest, item.line)] if lab.rest else []
                    entries = lead + self._entries(item.children)
                    groups.append(Group(lab.name, item.line, entries, name))
            elif groups and not (isinstance(block, Para) and block.raw.rstrip().endswith(":")):
                groups[-1].entries.extend(self._entries([block]))  # a remark on the one before
        return body[: lists[0]], groups, body[lists[-1] + 1 :]

    # --- statements -----------------------------------------------------------------------------

    def _entries(self, blocks: list[Block], sublabel: str | None = None) -> list[Entry]:
        """The statements in ``blocks``: labelled items and paragraphs, points, attached code."""
        out: list[Entry] = []
        pending: str | None = None  # a bold-only paragraph labels the block right after it
        for block in blocks:
            label = pending or sublabel
            pending = None
            if isinstance(block, Para):
                lab = split_label(block.raw)
                if lab and lab.alone:
                    pending = lab.name
                elif lab and lab.separated and _SUMMARY_LABEL.match(lab.name):
                    self._summary_paragraphs.append(Entry(lab.name, lab.rest, block.line))
                elif lab and lab.separated:
                    out.append(Entry(lab.name, lab.rest, block.line))
                else:
                    out.append(Entry(label, block.raw, block.line))
            elif isinstance(block, ListBlock):
                for item in block.items:
                    lab = split_label(item.raw)
                    if lab and lab.separated:
                        out.append(
                            Entry(lab.name, _join(lab.rest, item.children_source), item.line)
                        )
                    else:
                        out.append(Entry(label, _join(item.raw, item.children_source), item.line))
            elif isinstance(block, Code):
                if out:  # code belongs to the statement that introduces it
                    out[-1].text = f"{out[-1].text}\n\n{block.source}".strip()
                else:
                    out.append(Entry(label, block.source, block.line))
            elif isinstance(block, Table):
                out.extend(_table_entries(block))
        return out

    # --- clusters -------------------------------------------------------------------------------

    def _flush(self, cluster: list[Group]) -> None:
        """Read the collected sibling groups one way or the other, then forget them."""
        if not cluster:
            return
        groups = list(cluster)
        cluster.clear()
        labels = list(dict.fromkeys(e.label for g in groups for e in g.entries if e.label))
        group_scores = [self.namer.relevance(g.name) for g in groups]
        if labels and self._labels_hold_subjects(groups, labels, group_scores):
            for group in groups:
                self._attribute_major(group, labels)
            return
        matching = sum(score >= 0.5 for score in group_scores)
        for group in groups:
            if matching >= 2 and self.namer.relevance(group.name) == 0:
                if any(self.namer.resolve(e.label) for e in group.entries if e.label):
                    self._attribute_major(group, labels)
                    continue
                if all(e.label is None for e in group.entries):
                    for e in group.entries:
                        self._difference(group.name, e.text, e.line, group.name)
                    continue
            self._subject_major(group)

    def _labels_hold_subjects(
        self, groups: list[Group], labels: list[str], group_scores: list[float]
    ) -> bool:
        """Attribute-major: the question names the entry labels more than the group names,
        and most groups label two or more entries (one value per subject)."""
        multi = sum(1 for g in groups if sum(e.label is not None for e in g.entries) >= 2)
        if 2 * multi < len(groups):
            return False
        by_group = sum(group_scores) / len(group_scores)
        if by_group >= 1.0:  # the labels cannot score higher: skip scoring them
            return False
        by_label = self.namer.mean_relevance(labels)
        return by_label > by_group and by_label >= 0.5

    def _subject_major(self, group: Group) -> None:
        own_heading = group.parent is None  # not a name that only refers to a subject
        known = (
            self.namer.resolve_exact(group.name) if own_heading else self.namer.resolve(group.name)
        )
        if known and known == group.name and own_heading:
            first = self._subject_lines.get(known)
            self.warnings.append(
                f"subject {known!r} appears more than once (lines {first} and {group.line}); "
                "its sections were merged"
            )
        subject = self.namer.add(group.name, exact=own_heading)
        self._subject_lines.setdefault(subject, group.line)
        # Points under a group that only *refers* to a subject ("Use NoSQL Databases When")
        # are about the container's topic ("When to Use Each").
        topic = group.parent if subject != group.name else None
        for e in group.entries:
            attribute = e.label or topic
            kind: ClaimKind = "attribute" if attribute else "point"
            self.claims.append(Claim(subject, attribute, e.text, e.line, kind, group.name))

    def _attribute_major(self, group: Group, labels: list[str]) -> None:
        recurring = {
            label
            for label in labels
            if self.namer.relevance(label) >= 0.5 or sum(label == lb for lb in labels) > 1
        }
        for e in group.entries:
            if e.label and (e.label in recurring or self.namer.resolve(e.label)):
                subject = self.namer.add(e.label)
                self._subject_lines.setdefault(subject, e.line)
                self.claims.append(
                    Claim(subject, group.name, e.text, e.line, "attribute", group.name)
                )
            else:
                text = f"{e.label}: {e.text}" if e.label else e.text
                self._difference(group.name, text, e.line, group.name)

    def _anonymous(self, entries: list[Entry]) -> None:
        """Labelled statements under no heading: subjects if the question names them, else differences."""
        labels = [e.label for e in entries if e.label]
        if labels and self.namer.mean_relevance(labels) >= 0.5:
            for e in entries:
                if e.label:
                    subject = self.namer.add(e.label)
                    self._subject_lines.setdefault(subject, e.line)
                    self.claims.append(Claim(subject, None, e.text, e.line, "point", None))
                else:
                    self._difference(None, e.text, e.line, None)
            return
        for e in entries:
            self._difference(e.label, e.text, e.line, None)

    def _difference(self, attribute: str | None, text: str, line: int, section: str | None) -> None:
        if text.strip():
            self.differences.append(Claim(None, attribute, text, line, "difference", section))

    # --- summaries ------------------------------------------------------------------------------

    def summary_section(self, section: Section) -> None:
        """A "Summary"/"Key Differences" section: per-subject summaries, differences or a table."""
        for block in _flatten(section):
            if isinstance(block, Table):
                self._table(block, section.name)
            elif isinstance(block, ListBlock):
                for item in block.items:
                    self._summary_item(
                        item.raw, item.children, item.children_source, item.line, section.name
                    )
            elif isinstance(block, Para):
                if block.raw.rstrip().endswith(":"):
                    continue  # a lead-in ("Here is a quick summary:")
                self._summary_item(block.raw, [], "", block.line, section.name)
            elif isinstance(block, Code):
                self._difference(None, block.source, block.line, section.name)

    def _summary_item(
        self, raw: str, children: list[Block], children_source: str, line: int, section: str | None
    ) -> None:
        lab = split_label(raw)
        if lab:
            subject = self.namer.resolve(lab.name)
            if (
                subject is None
                and not self.namer.subjects
                and self.namer.relevance(lab.name) >= 0.5
            ):
                subject = self.namer.add(lab.name)
            if subject:
                text = lab.rest if lab.separated else f"{lab.name} {lab.rest}"
                self._add_summary(subject, _join(text, children_source), line)
                return
            nested = self._entries(children)
            if nested and all(e.label and self.namer.resolve(e.label) for e in nested):
                group = Group(lab.name, line, nested, section)
                self._attribute_major(group, [e.label for e in nested if e.label])
                return
            text = _join(lab.rest, children_source) if lab.separated else plain(raw)
            self._difference(lab.name if lab.separated else None, text, line, section)
            return
        subject = self.namer.starts_with_subject(plain(raw))
        if subject:
            self._add_summary(subject, _join(raw, children_source), line)
        else:
            self._difference(None, _join(raw, children_source), line, section)

    def _add_summary(self, subject: str, text: str, line: int) -> None:
        text = text.strip()
        if not text:
            return
        self.summary[subject] = (
            f"{self.summary[subject]} {text}" if subject in self.summary else text
        )
        self.summary_claims.append(Claim(subject, None, text, line, "summary", None))

    def _table(self, table: Table, section: str | None) -> None:
        """A table whose header names the subjects (or whose first column does)."""
        header = [plain(h) for h in table.header]
        rows = [(r, line) for r, line in zip(table.rows, _row_lines(table), strict=True) if r]
        if len(header) < 2 or not rows:
            return
        columns, firsts = header[1:], [plain(r[0]) for r, _ in rows]
        by_rows = self.namer.mean_relevance(firsts) > self.namer.mean_relevance(columns)
        for row, line in rows:
            for j, cell in enumerate(row[1:], start=1):
                if j >= len(header) or not cell.strip() or cell.strip() in {"-", "\u2014", "n/a"}:
                    continue
                subject, attribute = (
                    (plain(row[0]), header[j]) if by_rows else (header[j], plain(row[0]))
                )
                subject = self.namer.add(subject)
                self._subject_lines.setdefault(subject, line)
                self.claims.append(Claim(subject, attribute, cell, line, "attribute", section))

    # --- result ---------------------------------------------------------------------------------

    def _summary_paragraph(self, entry: Entry) -> None:
        """``**Summary**: Keras is ... PyTorch is ...``: each sentence goes to the subject it opens with."""
        for sentence in _SENTENCE_END.split(entry.text):
            subject = self.namer.starts_with_subject(plain(sentence))
            if subject:
                self._add_summary(subject, sentence, entry.line)
            else:
                self._difference(entry.label, sentence, entry.line, None)

    def result(self, *, intro: str, conclusion: str) -> Comparison:
        for entry in self._summary_paragraphs:
            self._summary_paragraph(entry)
        warnings = list(self.warnings)
        subjects = tuple(self.namer.subjects)
        if len(subjects) < 2:
            found = ", ".join(repr(s) for s in subjects) or "none"
            warnings.append(
                f"not a comparison: found {len(subjects)} subject(s) ({found}); "
                "its points are listed without a side-by-side table"
            )
        claims = sorted(self.claims, key=lambda c: c.line)
        return Comparison(
            subjects=subjects,
            claims=tuple(claims),
            summary=dict(self.summary),
            summary_claims=tuple(self.summary_claims),
            differences=tuple(self.differences),
            intro=intro,
            conclusion=conclusion,
            warnings=tuple(warnings),
        )


def _flatten(section: Section) -> list[Block]:
    """A section's blocks with its sub-sections' blocks after them (headings dropped)."""
    out = list(section.body)
    for sub in section.subs:
        out += _flatten(sub)
    return out


def _bold_heading(block: Block) -> str | None:
    """The name of a paragraph that is only bold text (``**TCP (Transmission Control Protocol)**``)."""
    if isinstance(block, Para):
        lab = split_label(block.raw)
        if lab and lab.alone:
            return lab.name
    return None


def _as_list(block: Block) -> ListBlock:
    assert isinstance(block, ListBlock)
    return block


def _nested_items(block: ListBlock) -> list[tuple[Label, Item]]:
    """Items of ``block`` that are a label with points nested under them."""
    found = []
    for item in block.items:
        if not item.children:  # most items: no need to read a label
            continue
        lab = _item_label(item)
        if lab and lab.separated:
            found.append((lab, item))
    return found


def _item_label(item: Item) -> Label | None:
    """An item's bold label; or its whole text when that is a short plain name ("1. Keras:")
    heading ``**Attr**: text`` points, as a bold label would."""
    lab = split_label(item.raw)
    if lab is not None:
        return lab
    name = heading_name(item.raw)
    short = bool(name) and len(name.split()) <= 6 and not _SENTENCE_END_CHARS.search(name)
    if short and _has_labels(item.children):
        return Label(name=name, rest="", separated=True)
    return None


def _has_labels(blocks: list[Block]) -> bool:
    for block in blocks:
        if isinstance(block, ListBlock):
            return any((lab := split_label(it.raw)) and lab.separated for it in block.items)
    return False


def _table_entries(table: Table) -> list[Entry]:
    header = [plain(h) for h in table.header]
    out = []
    for row, line in zip(table.rows, _row_lines(table), strict=True):
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


def _row_lines(table: Table) -> list[int]:
    """Each row's own line (the table's line for tables built without them)."""
    if len(table.row_lines) == len(table.rows):
        return table.row_lines
    return [table.line] * len(table.rows)
