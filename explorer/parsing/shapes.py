"""From an article's Markdown to a :class:`~explorer.model.Comparison`, as small shape rules.

The way markdown-it lists its block rules, :data:`SHAPES` lists the layouts an article's
section may have, most specific first. Each rule is a function ``(section, names) -> Reading |
None`` that recognises one real shape and says what it found (:class:`~explorer.parsing.state.
Reading`), or returns None to let the next rule try; the last rule reads any section. The
walker (:func:`parse_comparison`) goes down the outline, asks the rules about each section and
hands their readings to the cluster, summary and table readers, which add to one shared
:class:`~explorer.parsing.state.State`.

A new Markdown shape is one function here, one entry in :data:`SHAPES` and one golden pair
(``tests/golden/NAME.md`` + ``NAME.json``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from explorer.model import Comparison
from explorer.parsing.abbreviations import with_abbreviations
from explorer.parsing.anchors import anchors_for
from explorer.parsing.aspects import scoring_text
from explorer.parsing.clusters import read_cluster, read_loose
from explorer.parsing.entries import (
    bold_heading,
    flatten,
    has_labels,
    item_label,
    merge,
    nested_items,
    read_entries,
)
from explorer.parsing.heading_rows import headings_as_attributes
from explorer.parsing.leads import drop_shared_lead
from explorer.parsing.markdown import Block, Document, ListBlock, Para, Table, parse_blocks
from explorer.parsing.names import Namer
from explorer.parsing.nested_names import values_per_subject
from explorer.parsing.others import every_side_read, others_by_name, others_in_intro
from explorer.parsing.outline import Section, outline, take_conclusion, take_intro
from explorer.parsing.question import Question, read_question
from explorer.parsing.renamed import other_names
from explorer.parsing.rows import drop_own_names, join_plural_rows
from explorer.parsing.settle import settle
from explorer.parsing.state import GROUP_MAJORITY, Entries, Entry, Group, Reading, State
from explorer.parsing.summaries import read_summary_paragraph, read_summary_section
from explorer.parsing.tables import is_grid, read_table

# Bold lines that label a group of points inside a subject ("**Characteristics:**"), never a subject.
GENERIC_LABELS = frozenset((
    "characteristics", "example", "examples", "features", "key features", "advantages",
    "disadvantages", "pros", "cons", "benefits", "drawbacks", "strengths", "weaknesses",
    "limitations", "note", "notes", "overview", "details", "description", "usage", "use cases",
    "how it works", "key points", "properties", "operations",
))  # fmt: skip

Shape = Callable[[Section, Namer], Reading | None]


def parse_comparison(
    markdown: str,
    *,
    title: str = "",
    question: str = "",
    document: Document | None = None,
    asked: Question | None = None,
) -> Comparison:
    """Read ``markdown`` (already repaired) as a comparison of two or more subjects.

    ``document`` and ``asked``, when given, are ``parse_blocks(markdown)`` and
    ``read_question(question, title)``, built beforehand by a loader of many articles."""
    document = parse_blocks(markdown) if document is None else document
    asked = read_question(question, title) if asked is None else asked
    if asked.anchors:
        anchors = others_by_name(with_abbreviations(asked.anchors, markdown), document.blocks)
        asked = replace(asked, anchors=anchors) if anchors != asked.anchors else asked
        named = others_in_intro(asked.anchors, document.blocks)
        if named != asked.anchors:  # "other cubic structures, particularly BCC and ..."
            read = _read(document, replace(asked, anchors=named), markdown, title, question)
            if every_side_read(read, named):
                return read
    return _read(document, asked, markdown, title, question)


def _read(
    document: Document,
    asked: Question,
    markdown: str,
    title: str,
    question: str,
    *,
    again: bool = True,
) -> Comparison:
    """One reading of the document for what ``asked`` names; read ``again`` (once) when the
    article names the compared sides otherwise: one by a word of its own, or the question's
    second list (:mod:`.renamed`)."""
    root = outline(document.blocks)
    intro = take_intro(root)
    conclusion = take_conclusion(root)
    members = asked.kinds and not asked.anchors
    context = (scoring_text(question, members=members), scoring_text(title, members=members))
    names = Namer(*context, anchors=anchors_for(asked.anchors))
    kinds = asked.kinds and not names.anchors
    state = State(names, kinds, asked.coordinated, warnings=list(document.warnings))
    _read_container(root, state)
    if again and (other := other_names(asked, names, markdown, document, question or title)):
        asked = replace(asked, anchors=other)  # read again, with the names the article uses
        return _read(document, asked, markdown, title, question, again=False)
    headings_as_attributes(state, by_side=not asked.coordinated)
    for entry in state.summary_paragraphs:
        read_summary_paragraph(entry, state)
    intro, conclusion = settle(state, asked, intro, conclusion, question or title)
    drop_own_names(state)
    join_plural_rows(state)
    drop_shared_lead(state)
    return state.result(
        intro="\n\n".join(p.raw for p in intro),
        conclusion="\n\n".join(p.raw for p in conclusion),
    )


# --- the shapes -------------------------------------------------------------------------------


def bold_paragraph_groups(section: Section, names: Namer) -> Reading | None:
    """Bold-only paragraphs as sub-headings (``**TCP (Transmission Control Protocol)**``,
    then its points), unless they are only group labels ("**Characteristics:**") or, inside a
    named section, the question names them no more than the section."""
    body = section.body
    heads = [i for i, b in enumerate(body) if bold_heading(b)]
    if not heads:
        return None
    labels = [bold_heading(body[i]) or "" for i in heads]
    if all(n.lower() in GENERIC_LABELS for n in labels):
        return None
    name = section.name
    if name is not None and (
        len(heads) < 2 or names.mean_relevance(labels) <= names.relevance(name)
    ):
        return None
    parts = []
    for k, start in enumerate(heads):
        stop = heads[k + 1] if k + 1 < len(heads) else len(body)
        parts.append(
            (labels[k], body[start].line, read_entries(body[start + 1 : stop], within=labels[k]))
        )
    return _own_cluster(parts, name, before=body[: heads[0]], after=[])


def bold_item_groups(section: Section, names: Namer) -> Reading | None:
    """Bold list items with nested points (``1. **HTTP (...)**:`` + ``- point``), possibly
    in several lists split by a lead-in line ("The third one is encrypted:")."""
    body, name = section.body, section.name
    lists = [i for i, b in enumerate(body) if isinstance(b, ListBlock) and nested_items(b)]
    if not lists:
        return None
    blocks = [b for i in lists if isinstance(b := body[i], ListBlock)]
    items = [it for b in blocks for it in b.items]
    nested = [(lab, it) for b in blocks for lab, it in nested_items(b)]
    per_subject = values_per_subject(nested, names, name)
    if (len(nested) < 2 and not per_subject) or len(nested) < GROUP_MAJORITY * len(items):
        return None
    score = names.mean_relevance(lab.name for lab, _ in nested)
    own = names.relevance(name) if name else -1.0
    grid = all(lab.alone for lab, _ in nested) and all(has_labels(it.children) for _, it in nested)
    takes = name is None or score > own or (score == own and grid)
    if not takes and not per_subject:
        return None
    parts: list[tuple[str, int, Entries]] = []
    for i in range(lists[0], lists[-1] + 1):
        block = body[i]
        if isinstance(block, ListBlock) and i in lists:
            for item in block.items:
                lab = item_label(item)
                if lab is None or not lab.separated:
                    continue
                lead = Entries((Entry(None, lab.rest, item.line),) if lab.rest else ())
                parts.append(
                    (lab.name, item.line, merge(lead, read_entries(item.children, within=lab.name)))
                )
        elif parts and not (isinstance(block, Para) and block.raw.rstrip().endswith(":")):
            label, line, entries = parts[-1]  # a remark on the group before
            parts[-1] = (label, line, merge(entries, read_entries([block])))
    return _own_cluster(parts, name, before=body[: lists[0]], after=body[lists[-1] + 1 :])


def section_group(section: Section, names: Namer) -> Reading:
    """Any section: its heading names one group of statements (``### Keras`` + ``- **High-Level
    API**: ...``), its own sub-headings labelling theirs; tables laying out the subjects side
    by side are read as tables; statements under no heading stand alone."""
    name = section.name
    grids = tuple(b for b in section.body if isinstance(b, Table) and is_grid(b, name, names))
    body = [b for b in section.body if not any(b is t for t in grids)]
    parts = [read_entries(body, within=name or "")]
    for sub in section.subs:  # a subject section's own sub-headings label its entries
        parts.append(read_entries(flatten(sub), sublabel=sub.name))
    read = merge(*parts)
    if name is None:
        return Reading(tables=grids, loose=read.entries, summaries=read.summaries)
    if read.entries:
        group = Group(name, section.line, read.entries, None)
        return Reading(groups=(group,), tables=grids, summaries=read.summaries)
    warning = f"section {name!r} (line {section.line}) has no points"
    return Reading(tables=grids, summaries=read.summaries, warnings=(warning,))


SHAPES: tuple[Shape, ...] = (bold_paragraph_groups, bold_item_groups, section_group)
"""The shape rules, tried in order on each section; the first that answers reads it."""


# --- the walker -------------------------------------------------------------------------------


def _own_cluster(
    parts: list[tuple[str, int, Entries]],
    parent: str | None,
    *,
    before: list[Block],
    after: list[Block],
) -> Reading:
    groups = tuple(Group(label, line, e.entries, parent) for label, line, e in parts)
    summaries = tuple(s for _, _, e in parts for s in e.summaries)
    return Reading(
        groups=groups,
        own_cluster=True,
        before=tuple(before),
        after=tuple(after),
        summaries=summaries,
    )


def _read_container(section: Section, state: State) -> None:
    """Read a section whose sub-sections are groups (or containers of groups)."""
    pending: list[Group] = []
    if section.body:  # the blocks before the first sub-heading; the subs are read below
        body = Section(section.name, section.level, section.line, section.body)
        named = section.name is not None and not section.subs
        pending = _read_leaf(body, named, pending, state)
    for sub in section.subs:
        if sub.is_summary and not sub.subs:
            read_cluster(pending, state)
            pending = []
            read_summary_section(sub, state)
        elif sub.subs and not _owns_subsections(sub, state.names):
            read_cluster(pending, state)
            pending = []
            _read_container(sub, state)  # headings nest at most six deep
        else:
            pending = _read_leaf(sub, True, pending, state)
    read_cluster(pending, state)


def _owns_subsections(section: Section, names: Namer) -> bool:
    """``## Keras`` + ``### Strengths``: the heading is the subject, sub-headings its attributes."""
    assert section.name is not None
    own = names.relevance(section.name)
    return own > 0 and own > names.mean_relevance(s.name or "" for s in section.subs)


def _read_leaf(section: Section, named: bool, pending: list[Group], state: State) -> list[Group]:
    """Read one section with the first shape that answers; return the sibling groups now
    waiting to be read together (``pending`` plus this section's, or none once read)."""
    name = section.name if named and section.name else None  # "# :" names nothing
    if not state.room_for_groups(1, section.line):
        return pending
    leaf = Section(name, section.level, section.line, section.body, section.subs)
    reading = _first_reading(leaf, state.names)
    if not state.room_for_groups(len(reading.groups), section.line):
        return pending
    state.summary_paragraphs.extend(reading.summaries)
    state.warnings.extend(reading.warnings)
    if reading.own_cluster:
        read_cluster(pending, state)
        for part in (reading.before, None, reading.after):  # nothing in the section is left unread
            if part is None:
                read_cluster(list(reading.groups), state)
            elif part:
                piece = Section(name, section.level, section.line, list(part))
                read_cluster(_read_leaf(piece, named, [], state), state)
        return []
    for table in reading.tables:
        read_table(table, name, state)
    if reading.loose is not None:
        read_cluster(pending, state)
        read_loose(reading.loose, state)
        return []
    return [*pending, *reading.groups]


def _first_reading(section: Section, names: Namer) -> Reading:
    for shape in SHAPES:
        reading = shape(section, names)
        if reading is not None:
            return reading
    raise AssertionError("the last shape reads any section")  # pragma: no cover
