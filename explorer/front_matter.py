"""An article's YAML front matter: the fences, the YAML, and the limits that keep it cheap.

python-frontmatter's fence pattern finds the ``---`` fences. The YAML between them is
composed by libyaml (``CSafeLoader``: C speed, safe tags only) into a node graph, and only
the fields the loader uses are built into Python values: with the other savings below, the
front matter costs less than libyaml's plain ``yaml.load`` of the same text. Composing first
also lets the graph be measured before anything is built: YAML aliases (``*name``) share one node, so a few hundred
bytes can stand for billions of values (an "alias bomb"), and it is the use of the built
value, not the parse, that then eats the memory. :data:`MAX_YAML_VALUES` bounds that.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from explorer.errors import ArticleError

MAX_YAML_VALUES = 10_000
"""The most values the front matter may stand for once its aliases are expanded.

An article's front matter holds about 60 (title, dates, SEO fields, related articles); the
limit is far above any real one and far below what makes a page or the CLI stall.
"""

MAX_LINE_CHARS = 20_000
"""The longest line of Markdown, or metadata value, an article may have. The family's longest
is about 1,000 characters; a line of megabytes freezes the browser that shows it."""

USED_FIELDS: dict[str, tuple[str, ...] | None] = {
    **dict.fromkeys(("answer", "title", "article_title", "question", "date", "author"), None),
    **dict.fromkeys(("subject", "url", "id"), None),
    "seo": ("page_keywords",),
    "related_article": ("title", "url", "id"),  # every related_articleN
}
"""Top-level fields the loader reads, with the sub-fields it reads of a mapping (None: all).

The rest (SEO descriptions, display formats, related articles' other fields) are never
built, and a plain string is taken from its node without the constructor's calls."""

_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml when PyYAML was built with it (~10x faster); the same safe semantics either way."""

_PLAIN_TAGS: dict[str, str] = {}
_PLAIN_TAGS_SIZE = 4096


class _Loader(_SAFE_LOADER):  # type: ignore[misc]
    """The safe loader, with every implicit tag resolved only when its node is built.

    libyaml calls back into Python's regex-based resolver for every untagged scalar, mapping
    and sequence (about 60 per article), though only the few used fields are ever built: that
    callback was a tenth of the front-matter time. ``slice`` (a C callable taking three
    arguments) stands in for it, so composing keeps ``(kind, value, implicit)`` on the node at
    C speed; :func:`_tag` resolves it with the real resolver when the node's tag is asked
    for. Explicit tags (``!!str 5``) never reach the resolver and stay as written.
    """

    resolve = staticmethod(slice)


_RESOLVE = _SAFE_LOADER.resolve


def _tag(loader: Any, node: yaml.Node) -> Any:
    """``node``'s real tag, resolved now if composing left the placeholder.

    A plain scalar's tag depends on its text alone (the safe loader has no path resolvers),
    so short ones are remembered: half of them are the same field names in every file.
    """
    tag = node.tag
    if not isinstance(tag, slice):
        return tag
    kind, value, implicit = tag.start, tag.stop, tag.step
    if kind is yaml.ScalarNode and implicit[0] and len(value) <= 40:
        resolved = _PLAIN_TAGS.get(value)
        if resolved is None:
            resolved = _RESOLVE(loader, kind, value, implicit)
            if len(_PLAIN_TAGS) < _PLAIN_TAGS_SIZE:
                _PLAIN_TAGS[value] = resolved
    else:
        resolved = _RESOLVE(loader, kind, value, implicit)
    node.tag = resolved
    return resolved


def _is_merge(loader: Any, key: yaml.Node) -> bool:
    """``key`` is a merge key (``<<``, or tagged ``!!merge``); other keys stay unresolved."""
    tag = key.tag
    if isinstance(tag, slice):
        return tag.stop == "<<" and _tag(loader, key) == _MERGE_TAG
    return bool(tag == _MERGE_TAG)


def _resolve_tree(loader: Any, root: yaml.Node) -> None:
    """Resolve the tags of ``root`` and everything under it, before the constructor reads
    them (iterative; an aliased node, or one that contains itself, is visited once)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        _tag(loader, node)
        stack.extend(_children(node))


_HANDLER = YAMLHandler()
_MERGE_TAG = "tag:yaml.org,2002:merge"
_STR_TAG = "tag:yaml.org,2002:str"


def split_front_matter(text: str) -> tuple[Mapping[str, Any], str, int]:
    """The used front-matter fields, the body after the fences, and the body's first line.

    A broken file becomes an :class:`ArticleError` with the file's own line and column, and
    front matter that is a list or a scalar is an error rather than silently dropped.
    """
    lead = len(text) - len(text.lstrip())
    if not _HANDLER.detect(text[lead:]):
        return {}, text.strip(), 1
    fm_line = text.count("\n", 0, lead) + 2  # the first line of the YAML itself
    try:
        source, body = _split_fences(text[lead:] if lead else text)
    except ValueError:
        raise ArticleError(
            "the front matter opened by `---` is never closed",
            line=fm_line - 1,
            column=1,
            fix="end the YAML front matter with a line holding only `---`",
        ) from None
    # The split keeps the newline that ends the opening fence: YAML's line 0 is that fence.
    meta = load_fields(source, origin=fm_line - 1)
    body_line = fm_line + source.count("\n") + body.count("\n", 0, len(body) - len(body.lstrip()))
    return meta, body.strip(), body_line


def _split_fences(text: str) -> tuple[str, str]:
    """python-frontmatter's split (its own fence pattern), tried only where a line starts with -.

    ``YAMLHandler.split`` runs the multi-line pattern over every character of the article,
    which was a quarter of loading's own time; a fence can only start after a newline.
    """
    boundary = _HANDLER.FM_BOUNDARY
    assert boundary is not None  # YAMLHandler defines it
    opening = boundary.match(text)
    if opening is None:
        raise ValueError("no opening fence")
    pos = text.find("\n-", opening.end())
    while pos != -1:
        closing = boundary.match(text, pos + 1)
        if closing:
            return text[opening.end() : closing.start()], text[closing.end() :]
        pos = text.find("\n-", pos + 2)
    raise ValueError("no closing fence")


def load_fields(source: str, *, origin: int = 1) -> dict[str, Any]:
    """Compose ``source`` with libyaml, check its size, and build only the used fields.

    ``origin`` is the file line of YAML's line 0, so errors point into the file.
    """
    loader = _Loader(source)
    try:
        try:
            root = loader.get_single_node()
        except yaml.YAMLError as exc:
            raise _yaml_error(exc, source, origin) from exc
        if root is None:
            return {}
        if "&" in source:  # no anchor, no alias: nothing can expand
            check_expansion(root, origin)
        if not isinstance(root, yaml.MappingNode):
            kind = "list" if isinstance(root, yaml.SequenceNode) else "scalar value"
            raise ArticleError(
                f"the front matter is a {kind}, not a mapping of fields",
                line=origin + 1,
                column=1,
                fix="write the front matter as `key: value` lines",
            )
        return _build(loader, root, origin)
    finally:
        loader.dispose()


def _build(loader: Any, root: yaml.MappingNode, origin: int) -> dict[str, Any]:
    if any(_is_merge(loader, key) for key, _ in root.value):  # `<<: *base` needs the full build
        value = _construct(loader, root, origin)
        return dict(value) if isinstance(value, Mapping) else {}
    meta: dict[str, Any] = {}
    for key, node in root.value:
        if not isinstance(key, yaml.ScalarNode):
            continue
        name = "related_article" if key.value.startswith("related_article") else key.value
        if name not in USED_FIELDS:
            continue
        wanted = USED_FIELDS[name]
        if wanted is not None and isinstance(node, yaml.MappingNode):
            if any(_is_merge(loader, sub) for sub, _ in node.value):
                value = _construct(loader, node, origin)
            else:
                value = {
                    sub.value: _construct(loader, item, origin)
                    for sub, item in node.value
                    if isinstance(sub, yaml.ScalarNode) and sub.value in wanted
                }
        else:
            value = _construct(loader, node, origin)
        if name != "answer":  # the answer's own lines are checked once unfolded
            _check_length(key.value, value, origin + node.start_mark.line)
        meta[key.value] = value
    return meta


def _construct(loader: Any, node: yaml.Node, origin: int) -> Any:
    """The Python value of ``node``, as SafeLoader builds it (a plain string is taken as is)."""
    if isinstance(node, yaml.ScalarNode):
        if _tag(loader, node) == _STR_TAG:
            return node.value  # what SafeConstructor.construct_yaml_str returns, without calls
    else:
        _resolve_tree(loader, node)
    try:
        return loader.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
        # e.g. ``date: 2024-13-45`` matches YAML's timestamp pattern but is no date.
        raise ArticleError(
            f"the YAML front matter has a value that cannot be read ({exc})",
            line=origin + node.start_mark.line,
            fix="quote values that only look like dates or numbers",
        ) from exc
    except RecursionError as exc:
        raise ArticleError(
            "the YAML front matter is nested too deeply to read",
            line=origin + node.start_mark.line,
            fix="flatten the nested lists or mappings of that field",
        ) from exc


def _check_length(key: str, value: Any, line: int) -> None:
    """Refuse a metadata value (or one of its sub-fields) over :data:`MAX_LINE_CHARS`."""
    if isinstance(value, str) and len(value) <= MAX_LINE_CHARS:
        return
    values = value.values() if isinstance(value, Mapping) else (value,)
    longest = max((len(v) for v in values if isinstance(v, str)), default=0)
    if longest > MAX_LINE_CHARS:
        raise ArticleError(
            f"the `{key}` field is {longest:,} characters long, over the "
            f"{MAX_LINE_CHARS:,}-character limit for one value",
            line=line,
            fix=f"shorten `{key}`: it is shown on one line",
        )


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


def _yaml_error(exc: yaml.YAMLError, source: str, origin: int) -> ArticleError:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    if context:
        problem = f"{problem} ({context})"
    start = getattr(exc, "context_mark", None)
    if mark and start and mark.line >= source.count("\n"):
        # libyaml gave up at the end of the front matter (an unclosed [ or "): the
        # construct's first line is where the fix goes.
        mark = start
    return ArticleError(
        f"the YAML front matter is invalid: {problem}",
        line=origin + mark.line if mark else None,
        column=mark.column + 1 if mark else None,
        fix=_yaml_fix(context or ""),
    )


def _yaml_fix(context: str) -> str:
    """How to fix the YAML error libyaml describes with ``context``."""
    if "flow" in context:
        return "close the [ or { on that line, or quote the value if the bracket is text"
    if "quoted scalar" in context:
        return "close the quote on that line, or remove it"
    return "fix the YAML (quote values that contain ': ' and indent folded text evenly)"
