"""Summary sections ("Summary of Differences", "Key Differences", "In short", ``**Summary**:``).

Their items name a subject, often by a short form ("Keras is best for ..."): that is the
subject's summary. Items naming an attribute are attribute-level differences, and a table
is read as a table.
"""

from __future__ import annotations

import re

from explorer.parsing.clusters import attribute_major, plain_labels
from explorer.parsing.entries import flatten, join, read_entries
from explorer.parsing.inline import Label, plain, split_label
from explorer.parsing.markdown import Block, Code, ListBlock, Para, Table
from explorer.parsing.outline import Section
from explorer.parsing.state import NAMED, Entries, Entry, Group, State
from explorer.parsing.tables import read_table

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z*_`])")


def read_summary_section(section: Section, state: State) -> None:
    """A "Summary"/"Key Differences" section: per-subject summaries, differences or a table."""
    for block in flatten(section):
        if isinstance(block, Table):
            read_table(block, section.name, state)
        elif isinstance(block, ListBlock):
            for item in block.items:
                _summary_item(
                    item.raw, item.children, item.children_source, item.line, section.name, state
                )
        elif isinstance(block, Para):
            if block.raw.rstrip().endswith(":"):
                continue  # a lead-in ("Here is a quick summary:")
            _summary_item(block.raw, [], "", block.line, section.name, state)
        elif isinstance(block, Code):
            state.difference(None, block.source, block.line, section.name)


def _summary_item(
    raw: str,
    children: list[Block],
    children_source: str,
    line: int,
    section: str | None,
    state: State,
) -> None:
    names = state.names
    lab = split_label(raw)
    if lab:
        nested = read_entries(children) if children else _NONE
        if _attributes_of(lab.name, nested, state):
            _subject_items(lab, nested, line, section, state)
            return
        subject = names.resolve(lab.name)
        if subject is None and not names.subjects and names.relevance(lab.name) >= NAMED:
            subject = state.subject(lab.name, line)
        if subject:
            text = lab.rest if lab.separated else f"{lab.name} {lab.rest}"
            state.add_summary(subject, join(text, children_source), line)
            return
        state.summary_paragraphs.extend(nested.summaries)
        group = Group(lab.name, line, nested.entries, section)
        if nested.entries and state.names.anchors is not None:
            group = plain_labels(group, state)  # "- Clockwise: Negative angles", not bold
        if group.entries and all(_names_subject(e.label, state) for e in group.entries):
            attribute_major(group, [e.label for e in group.entries if e.label], state)
            return
        text = join(lab.rest, children_source) if lab.separated else plain(raw)
        state.difference(lab.name if lab.separated else None, text, line, section)
        return
    subject = names.starts_with_subject(plain(raw))
    if subject:
        state.add_summary(subject, join(raw, children_source), line)
    else:
        state.difference(None, join(raw, children_source), line, section)


_NONE = Entries()


def _attributes_of(name: str, nested: Entries, state: State) -> bool:
    """A compared name's item whose nested points are all labelled, none of them by a
    compared name: ``1. **Metals**:`` over ``- **Location**: ...``, ``- **Properties**: ...``
    in "Distinctions Between Metals, Nonmetals, and Metalloids" is the metals' attributes,
    not a summary line."""
    entries = nested.entries
    return (
        len(entries) >= 2
        and all(e.label and not _names_subject(e.label, state) for e in entries)
        and _names_subject(name, state)
    )


def _subject_items(
    lab: Label, nested: Entries, line: int, section: str | None, state: State
) -> None:
    subject = state.subject(lab.name, line)
    if subject is None:
        return
    if lab.separated:
        state.add_summary(subject, lab.rest, line)
    state.summary_paragraphs.extend(nested.summaries)
    for entry in nested.entries:
        state.claim(subject, entry.label, entry, "attribute", section)


def _names_subject(label: str | None, state: State) -> bool:
    """A label that names a known subject, or one the question compares."""
    if not label:
        return False
    names = state.names
    return bool(names.resolve(label)) or (
        names.anchors is not None and len(names.anchors.which(label)) == 1
    )


def read_summary_paragraph(entry: Entry, state: State) -> None:
    """``**Summary**: Keras is ... PyTorch is ...``: each sentence goes to the subject it opens with."""
    for sentence in SENTENCE_END.split(entry.text):
        subject = state.names.starts_with_subject(plain(sentence))
        if subject:
            state.add_summary(subject, sentence, entry.line)
        else:
            state.difference(entry.label, sentence, entry.line, None)
