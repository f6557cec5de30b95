"""The YAML node graph libyaml composes for the front matter, before anything is built.

Two things happen on the graph rather than on built values: its implicit tags are resolved
only for the nodes that will be built (:class:`Loader`, :func:`resolved_tag`), and its size
once aliases are expanded is measured (:func:`check_expansion`): a few hundred bytes of
``&name``/``*name`` can stand for billions of values, and it is the use of the built value,
not the parse, that eats the memory.
"""

from __future__ import annotations

from typing import Any

import yaml

from explorer.errors import ArticleError
from explorer.memo import Memo

MAX_YAML_VALUES = 10_000
"""The most values the front matter may stand for once its aliases are expanded.

An article's front matter holds about 60 (title, dates, SEO fields, related articles); the
limit is far above any real one and far below what makes a page or the CLI stall.
"""

_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml when PyYAML was built with it (~10x faster); the same safe semantics either way."""


class Loader(_SAFE_LOADER):  # type: ignore[misc]
    """The safe loader, with every implicit tag resolved only when its node is built.

    libyaml calls back into Python's regex-based resolver for every untagged scalar, mapping
    and sequence (about 60 per article), though only the few used fields are ever built: that
    callback was a tenth of the front-matter time. ``slice`` (a C callable taking three
    arguments) stands in for it, so composing keeps ``(kind, value, implicit)`` on the node at
    C speed; :func:`resolved_tag` resolves it with the real resolver when the node's tag is asked
    for. Explicit tags (``!!str 5``) never reach the resolver and stay as written.
    """

    resolve = staticmethod(slice)
    # The safe loader has no path resolvers, so the two hooks the composer calls around every
    # node do nothing; C callables taking the same arguments save two Python calls a node
    # (``_compose_node`` ignores what they return).
    descend_resolver = staticmethod(slice)  # (parent, index)
    ascend_resolver = staticmethod(tuple)  # ()


_RESOLVE = _SAFE_LOADER.resolve
_TYPED_STARTS = frozenset(_SAFE_LOADER.yaml_implicit_resolvers)
"""The first characters the resolver has implicit types for ("" for the empty value; the safe
loader has no resolver for any first character, which would be a ``None`` key here)."""
assert None not in _TYPED_STARTS
_RESOLVER = yaml.resolver.Resolver()  # the safe loader's resolver, as an object of its own
_PLAIN_TAGS = Memo(lambda value: _RESOLVE(_RESOLVER, yaml.ScalarNode, value, (True, False)), 4096)
"""Short plain scalars' tags: the same values ("QuickTakes", "Posted on", the subjects) recur
in every file (a plain scalar's tag reads only its text, not the rest of ``implicit``)."""


def resolved_tag(loader: Any, node: yaml.Node) -> Any:
    """``node``'s real tag, resolved now if composing left the placeholder.

    A plain scalar's tag depends on its text alone (the safe loader has no path resolvers),
    so short ones are remembered (:data:`_PLAIN_TAGS`). A quoted, literal or folded one
    without a tag is a string, as the resolver would say, and so is a plain one whose first
    character starts no implicit type (a URL, most titles).
    """
    tag = node.tag
    if not isinstance(tag, slice):
        return tag
    kind, value, implicit = tag.start, tag.stop, tag.step
    if kind is yaml.ScalarNode and (not implicit[0] or value[:1] not in _TYPED_STARTS):
        resolved = STR_TAG
    elif kind is yaml.ScalarNode and len(value) <= 40:
        resolved = _PLAIN_TAGS[value]
    else:
        resolved = _RESOLVE(loader, kind, value, implicit)
    node.tag = resolved
    return resolved


def is_merge(loader: Any, key: yaml.Node) -> bool:
    """``key`` is a merge key (``<<``, or tagged ``!!merge``); other keys stay unresolved."""
    tag = key.tag
    if isinstance(tag, slice):
        return tag.stop == "<<" and resolved_tag(loader, key) == MERGE_TAG
    return bool(tag == MERGE_TAG)


def resolve_tree(loader: Any, root: yaml.Node) -> None:
    """Resolve the tags of ``root`` and everything under it, before the constructor reads
    them (iterative; an aliased node, or one that contains itself, is visited once)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        resolved_tag(loader, node)
        stack.extend(_children(node))


MERGE_TAG = "tag:yaml.org,2002:merge"
STR_TAG = "tag:yaml.org,2002:str"
INT_TAG = "tag:yaml.org,2002:int"


def check_expansion(root: yaml.Node, origin: int = 1) -> None:
    """Refuse a node graph that stands for more than :data:`MAX_YAML_VALUES` values.

    Each node's expanded size is counted once (memoised), so the check is linear in the
    graph, not in the expansion; it is iterative, so 10,000-deep YAML cannot overflow the
    stack; a node that contains itself counts once.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in sizes or (key in open_nodes and not children_done):
            continue
        children = _children(node)
        if not children_done:
            open_nodes.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in sizes)
            continue
        open_nodes.discard(key)
        sizes[key] = size = 1 + sum(sizes.get(id(child), 1) for child in children)
        if size > MAX_YAML_VALUES:
            raise ArticleError(
                f"the YAML front matter's aliases (*name) expand to more than "
                f"{MAX_YAML_VALUES:,} values here",
                line=origin + node.start_mark.line,
                column=node.start_mark.column + 1,
                fix="write the values out instead of repeating aliases, or remove the anchors (&name)",
            )


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []
