"""``related=False``: the related-article blocks are checked but not built, and nothing else
changes, whatever the front matter looks like: the same fields, the same errors, same lines."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.errors import ArticleError
from explorer.front_matter import _without_related, load_fields

HEAD = "title: >-\n    A title\nid: 7\ndate: 2024-11-26\n"
RELATED = "related_article1:\n    id: 8\n    title: >-\n        Another\n    url: /learn/x\n"


def outcome(source: str, *, related: bool) -> Any:
    """The fields read (related ones left out), or the error's message and line."""
    try:
        meta = load_fields(source, related=related)
    except ArticleError as exc:
        return ("error", str(exc), exc.line)
    return {k: v for k, v in meta.items() if not k.startswith("related_article")}


@pytest.mark.parametrize(
    ("source", "cut"),
    [
        (HEAD + RELATED, True),
        (HEAD + RELATED + RELATED.replace("1:", "2:") + "\n", True),
        (HEAD, False),  # nothing to cut
        (HEAD + RELATED + "subject: Later\n", False),  # another field after the blocks
        (HEAD + RELATED + "# a comment\n", False),
        (HEAD + RELATED + "...\n", False),  # a document end marker
        ("base: &b {id: 1}\n" + HEAD + "related_article1: *b\n", False),  # an alias
        (HEAD + "related_article1: &r {id: 1}\nrelated_article2: *r\n", False),
        (HEAD + "related_article1: [unclosed\n", False),  # broken: the whole says where
        (HEAD + "related_article1 is text\n", False),  # a plain line, not a key
        (HEAD + "related_article1: '" + "x" * 20_001 + "'\n", False),  # over the limit
        ("  title: indented\nrelated_article1:\n  id: 1\n", True),  # cut, then refused
        ("title: [unclosed\nrelated_article1:\n  id: 1\n", True),  # cut, then the head fails
        ("title: 'quoted\nrelated_article1: inside the quote'\n", True),
        ("- a list\nrelated_article1:\n  id: 1\n", True),
    ],
    ids=[
        "one-block",
        "two-blocks",
        "no-blocks",
        "field-after",
        "comment-after",
        "document-end",
        "alias-to-head",
        "alias-in-blocks",
        "broken-block",
        "plain-line",
        "too-long",
        "indented-head",
        "broken-head",
        "quote-across-the-cut",
        "list-head",
    ],
)
def test_reading_without_related_changes_nothing_else(source: str, cut: bool) -> None:
    assert (_without_related(source) is not None) == cut
    assert outcome(source, related=False) == outcome(source, related=True)


def test_the_blocks_are_left_out_only_when_asked() -> None:
    assert "related_article1" in load_fields(HEAD + RELATED)
    assert "related_article1" not in load_fields(HEAD + RELATED, related=False)


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.text(max_size=20),
)
fields = st.dictionaries(st.sampled_from(["title", "question", "id", "url", "other"]), scalars)
blocks = st.dictionaries(
    st.sampled_from(["related_article1", "related_article2", "related_article12"]),
    st.one_of(scalars, st.dictionaries(st.sampled_from(["title", "url", "id"]), scalars)),
)


@settings(max_examples=200, deadline=None)
@given(fields, blocks, st.sampled_from(["", "\n", "# note\n", "tail: 1\n"]))
def test_any_front_matter_reads_the_same(
    head: dict[str, Any], tail: dict[str, Any], end: str
) -> None:
    source = yaml.safe_dump(head, sort_keys=False) if head else ""
    source += (yaml.safe_dump(tail, sort_keys=False) if tail else "") + end
    assert outcome(source, related=False) == outcome(source, related=True)
