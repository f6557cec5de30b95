"""An article's YAML front matter: the fences, the YAML, and the limits that keep it cheap.

python-frontmatter's fence pattern finds the ``---`` fences. The YAML between them is
composed by libyaml (``CSafeLoader``: C speed, safe tags only) into a node graph
(:mod:`explorer.yaml_graph`: its size is checked, its tags resolved late), and only the fields
the loader uses are built into Python values: the front matter costs less than libyaml's
plain ``yaml.load`` of the same text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from explorer.errors import ArticleError
from explorer.yaml_graph import (
    INT_TAG,
    MAX_YAML_VALUES,
    STR_TAG,
    Loader,
    check_expansion,
    is_merge,
    resolve_tree,
    resolved_tag,
)

__all__ = [
    "MAX_LINE_CHARS",
    "MAX_YAML_VALUES",
    "check_expansion",
    "load_fields",
    "split_front_matter",
]

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

_HANDLER = YAMLHandler()

_AMPERSAND = re.compile(r"&\S")
_NODE_START = frozenset(" \t\r\n[{,:")


def _has_anchor(source: str) -> bool:
    """An anchor (``&name``) can only open a node: after a space, a line break or a flow
    indicator. An ``&`` inside text ("R&amp;D", "fast&nbsp;enough") is none, and without an
    anchor there is no alias to expand. (The pattern starts with the literal ``&``, which
    the regex engine finds fast; one that starts with a class tries every position.)"""
    return any(
        m.start() == 0 or source[m.start() - 1] in _NODE_START for m in _AMPERSAND.finditer(source)
    )


def split_front_matter(text: str, *, related: bool = True) -> tuple[Mapping[str, Any], str, int]:
    """The used front-matter fields, the body after the fences, and the body's first line.

    ``related=False`` leaves the ``related_articleN`` fields out (see :func:`load_fields`).

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
    meta = load_fields(source, origin=fm_line - 1, related=related)
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


def load_fields(source: str, *, origin: int = 1, related: bool = True) -> dict[str, Any]:
    """Compose ``source`` with libyaml, check its size, and build only the used fields.

    ``origin`` is the file line of YAML's line 0, so errors point into the file. With
    ``related=False`` the trailing ``related_articleN`` blocks (a third of the family's front
    matter, and half its nodes) are checked but not composed, when :func:`_without_related`
    can cut them off without changing anything else; whatever goes wrong in what is left is
    said by the whole source, so every message and line is the same either way.
    """
    head = None if related else _without_related(source)
    if head is not None:
        try:
            return _load(head, origin, head=True)
        except (ArticleError, _UnsureCutError):
            pass
    return _load(source, origin, head=False)


class _UnsureCutError(Exception):
    """The cut front matter is not plainly the top-level mapping the whole one continues."""


# A line of the cut that is neither indented, blank, nor a ``related_article...:`` key.
_STRAY_LINE = re.compile(r"\n(?![ \t\n]|\Z|related_article[^\s:]*:(?:[ \t]|$))", re.MULTILINE)
_CParser: Any = getattr(getattr(yaml, "cyaml", None), "CParser", None)
"""libyaml's parser, which checks what is cut (None without libyaml: nothing is cut)."""


def _without_related(source: str) -> str | None:
    """``source`` up to its first top-level ``related_articleN:`` line, when all that follows
    is such blocks and cutting them changes nothing else; None when not sure.

    What is cut must be top-level ``related_article...:`` keys and their indented lines only
    (no other field, comment or document marker), with no anchor or alias (nothing to expand,
    nothing shared with the rest), no longer than one value may be, and valid YAML: libyaml
    parses it in C without building a node (``raw_parse``), so a broken file is still one.
    """
    cut = source.find("\nrelated_article") + 1
    if not cut or _CParser is None:
        return None
    tail = source[cut:]
    if len(tail) > MAX_LINE_CHARS or "&" in tail or "*" in tail:
        return None
    if _STRAY_LINE.search(source, cut - 1):
        return None
    try:
        _CParser(tail).raw_parse()
    except yaml.YAMLError:
        return None
    return source[:cut]


def _load(source: str, origin: int, *, head: bool) -> dict[str, Any]:
    loader = Loader(source)
    try:
        try:
            root = loader.get_single_node()
        except yaml.YAMLError as exc:
            raise _yaml_error(exc, source, origin) from exc
        if head and not (isinstance(root, yaml.MappingNode) and root.start_mark.column == 0):
            raise _UnsureCutError  # a cut only goes after the lines of a mapping at the margin
        if root is None:
            return {}
        if _has_anchor(source):  # no anchor, no alias: nothing can expand
            check_expansion(root, origin)
        if not isinstance(root, yaml.MappingNode):
            kind = "list" if isinstance(root, yaml.SequenceNode) else "scalar value"
            raise ArticleError(
                f"the front matter is a {kind}, not a mapping of fields",
                line=origin + 1,
                column=1,
                fix="write the front matter as `key: value` lines",
            )
        # A merge key is a plain `<<` or carries an explicit tag (`!!merge`, which starts with
        # "!"): without either in the text, no key needs resolving to be sure it is none.
        return _build(loader, root, origin, may_merge="<<" in source or "!" in source)
    finally:
        loader.dispose()


def _build(loader: Any, root: yaml.MappingNode, origin: int, may_merge: bool) -> dict[str, Any]:
    if may_merge and any(is_merge(loader, key) for key, _ in root.value):  # `<<: *base`
        value = _construct(loader, root, origin)  # needs the full build
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
            if may_merge and any(is_merge(loader, sub) for sub, _ in node.value):
                value = _construct(loader, node, origin)
            else:
                value = {
                    sub.value: _construct(loader, item, origin)
                    for sub, item in node.value
                    if isinstance(sub, yaml.ScalarNode) and sub.value in wanted
                }
        else:
            value = _construct(loader, node, origin)
        # The answer's own lines are checked once unfolded; most values are short strings.
        if name != "answer" and (
            isinstance(value, dict) or (isinstance(value, str) and len(value) > MAX_LINE_CHARS)
        ):  # (a date or a number has no length to check)
            _check_length(key.value, value, origin + node.start_mark.line)
        meta[key.value] = value
    return meta


def _construct(loader: Any, node: yaml.Node, origin: int) -> Any:
    """The Python value of ``node``, as SafeLoader builds it; a string, and an integer written
    in plain decimal digits (ids), are taken without the constructor's calls."""
    if isinstance(node, yaml.ScalarNode):
        tag = resolved_tag(loader, node)
        if tag == STR_TAG:
            return node.value  # what SafeConstructor.construct_yaml_str returns
        value = node.value
        if tag == INT_TAG and value.isdecimal() and value[0] != "0":  # "0..." is octal
            return int(value)  # what construct_yaml_int returns
    else:
        resolve_tree(loader, node)
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
    values = value.values() if isinstance(value, (dict, Mapping)) else (value,)  # dict: fast
    longest = max((len(v) for v in values if isinstance(v, str)), default=0)
    if longest > MAX_LINE_CHARS:
        raise ArticleError(
            f"the `{key}` field is {longest:,} characters long, over the "
            f"{MAX_LINE_CHARS:,}-character limit for one value",
            line=line,
            fix=f"shorten `{key}`: it is shown on one line",
        )


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
