"""The front-matter fast path builds exactly what PyYAML's safe loader builds, for the used fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.errors import ArticleError
from explorer.front_matter import USED_FIELDS, check_expansion, load_fields


def expected(source: str) -> dict[str, Any]:
    """PyYAML's full safe load, cut down to the used fields and sub-fields."""
    full = yaml.load(source, Loader=yaml.SafeLoader) or {}
    kept: dict[str, Any] = {}
    for key, value in full.items():
        if not isinstance(key, str):
            continue
        name = "related_article" if key.startswith("related_article") else key
        if name not in USED_FIELDS:
            continue
        wanted = USED_FIELDS[name]
        if wanted is not None and isinstance(value, dict):
            value = {k: v for k, v in value.items() if k in wanted}
        kept[key] = value
    return kept


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.text(max_size=30),
    st.sampled_from(["yes", "No", "~", "null", "0x1A", "1_000", "2024-11-26", "1e3", ".inf", ""]),
)
keys = st.sampled_from([*USED_FIELDS, "related_article1", "related_article12", "other", "seo2"])
sub_keys = st.sampled_from(["title", "url", "id", "page_keywords", "subject", "slug"])
values = st.one_of(scalars, st.dictionaries(sub_keys, scalars, max_size=4), st.lists(scalars))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(keys, values, max_size=10), st.booleans())
def test_fast_path_matches_the_safe_loader(document: dict[str, Any], flow: bool) -> None:
    source = yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True)
    assert load_fields(source) == expected(source)


@pytest.mark.parametrize(
    "source",
    [
        "title: >-\n    Folded\n    title\nid: 0012\nanswer: |\n  a\n  b\n",
        "date: 2024-11-26\nseo:\n  page_keywords: a, b\n  page_description: skipped\n",
        "related_article1:\n    id: 7\n    title: 'quoted: yes'\n    subject: skipped\n",
        "title: !!str 123\nauthor: !!null ''\nurl: 'yes'\n",
        "base: &b {title: merged}\nrelated_article1:\n  <<: *b\n  id: 3\n",
        "date: '2024-11-26'\nid: \"12\"\nauthor: !!int '7'\ntitle: \"null\"\nurl: ~\n",
        "other: &d 2024-11-26\ndate: *d\nsubject: &l [1, yes, x]\nquestion: *l\n",
        "seo: {page_keywords: !!float '1', other: [a]}\nanswer: [null, {title: 0o17}]\n",
        "base: &b {title: merged}\nrelated_article1:\n  !!merge m: *b\n  id: 2\n",
        "id: ! 12\ntitle: ! yes\ndate: ! 2024-01-02\n",
        "id: 140672\nurl: /learn/x\ntitle: True story\nauthor: 0\nsubject: !!int ١٢\n",
    ],
    ids=[
        "folded-and-int",
        "date-and-seo",
        "related",
        "explicit-tags",
        "merge-in-sub-field",
        "quoted-look-alikes",
        "aliases-from-unused-fields",
        "nested-and-tagged",
        "tagged-merge-in-sub-field",
        "non-specific-tags",
        "ids-urls-and-look-alikes",
    ],
)
def test_hand_written_front_matter_matches_the_safe_loader(source: str) -> None:
    assert load_fields(source) == expected(source)


@pytest.mark.parametrize("key", ["<<", "!!merge m"], ids=["plain", "tagged"])
def test_a_top_level_merge_key_still_merges(key: str) -> None:
    meta = load_fields(f"base: &b {{title: merged, date: 2024-01-02}}\n{key}: *b\nid: 5\n")
    assert (meta["title"], meta["date"], meta["id"]) == ("merged", dt.date(2024, 1, 2), 5)


def test_expansion_is_counted_through_shared_nodes() -> None:
    levels = ['a0: &a0 "x"'] + [
        f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 4)}]" for n in range(1, 8)
    ]
    small = yaml.compose("\n".join(levels[:5]), Loader=yaml.SafeLoader)
    check_expansion(small)  # 4**4 = 256 values: fine
    big = yaml.compose("\n".join(levels), Loader=yaml.SafeLoader)  # 4**7 = 16,384
    with pytest.raises(ArticleError, match="expand to more than"):
        check_expansion(big)


def _levels(first: str, each: str) -> str:
    """Seven levels of four aliases each (4**7 = 16,384 values) after a first anchor."""
    return "\n".join([first] + [each.format(n=n, m=n - 1) for n in range(1, 8)])


@pytest.mark.parametrize(
    "source",
    [
        _levels("a0: &a0 x", "a{n}: &a{n} [*a{m}, *a{m}, *a{m}, *a{m}]"),  # after ": "
        _levels("a0: [&a0 x]", "a{n}: [&a{n} [*a{m}, *a{m}, *a{m}, *a{m}]]"),  # after "["
        _levels("a0:\t&a0 x", "a{n}:\t&a{n} [*a{m}, *a{m}, *a{m}, *a{m}]"),  # after a tab
        _levels("- &a0 x", "- &a{n} [*a{m}, *a{m}, *a{m}, *a{m}]"),  # after "- "
        _levels("a0: {k: &a0 x}", "a{n}: {{k: &a{n} [*a{m}, *a{m}, *a{m}, *a{m}]}}"),  # after "{"
    ],
)
def test_an_anchor_anywhere_a_node_starts_is_checked(source: str) -> None:
    with pytest.raises(ArticleError, match="expand to more than"):
        load_fields(source)


@pytest.mark.parametrize("text", ["R&amp;D", "fast&nbsp;enough", "a&b"])
def test_an_ampersand_inside_text_is_no_anchor(text: str) -> None:
    assert load_fields(f"title: {text}\n") == {"title": text}
