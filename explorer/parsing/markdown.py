"""Markdown structure: a markdown-it syntax tree folded into a small tree of typed blocks.

The parser is markdown-it (CommonMark block rules + tables) through ``markdown-it-pyrs``, the
Rust port by the markdown-it-py maintainers with the same rules. It decides what is a heading,
a list, a nested list, a code block or a table; we keep that structure and the *source* of each
inline run, so claim text keeps code, LaTeX and emphasis exactly as written. The only inline
fact the layout needs is whether a run starts with a bold label (``**Attr**: text``), which
:func:`explorer.parsing.inline.split_label` reads off that source.

Why the Rust port: profiling the corpus load showed markdown-it-py's pure-Python block pass
alone costing 4-5 times the whole floor (reading a file and parsing its front matter with
libyaml); markdown-it-pyrs does the same block pass about ten times faster.
"""

from __future__ import annotations

import re
import textwrap
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

from markdown_it_pyrs import MarkdownIt, Node

from explorer.parsing.limits import MAX_NESTING, MAX_TABLE_ROWS, cut_warning

# CommonMark's block rules plus tables. Inline rules are left out: the layout reads each inline
# run's *source*, so an inline tree would be built only to be thrown away (it doubled the
# parse time and the number of nodes to walk).
_MD = MarkdownIt("zero").enable_many(
    ["blockquote", "code", "fence", "heading", "hr", "lheading", "list", "paragraph",
     "reference", "html_block", "table"]
)  # fmt: skip

# Node names that are blocks; anything else inside a list item is its inline text (tight lists
# have no paragraph node).
_BLOCKS = frozenset(
    {
        "paragraph",
        "heading",
        "bullet_list",
        "ordered_list",
        "list_item",
        "fence",
        "code_block",
        "table",
        "blockquote",
        "hr",
        "html_block",
        "reference",
    }
)


@dataclass(slots=True)
class Heading:
    level: int
    raw: str
    line: int


@dataclass(slots=True)
class Para:
    raw: str
    line: int


@dataclass(slots=True)
class Code:
    source: str
    line: int


@dataclass(slots=True)
class Table:
    header: list[str]
    rows: list[list[str]]
    line: int
    row_lines: list[int] = field(default_factory=list)
    """The line of each row in ``rows``, so a cell can be traced to its own line."""


@dataclass(slots=True)
class Item:
    """A list item: its first paragraph (``raw``) and any blocks nested under it."""

    raw: str
    line: int
    children: list[Block] = field(default_factory=list)
    source_of_children: Callable[[], str] | None = field(default=None, repr=False, compare=False)
    """Reads the nested blocks' Markdown when it is first asked for: most items' never is,
    and reading it for every item of a deep list was quadratic in the nesting."""
    _children_source: str | None = field(default=None, repr=False, compare=False)

    @property
    def children_source(self) -> str:
        """The nested blocks' Markdown, dedented (folded into the item's claim text)."""
        if self._children_source is None:
            read = self.source_of_children
            self._children_source = read() if read else ""
        return self._children_source


@dataclass(slots=True)
class ListBlock:
    items: list[Item]
    ordered: bool
    line: int


Block = Heading | Para | Code | Table | ListBlock
# Blocks are slotted: an article makes dozens, and slots make each cheaper to build and read.


@dataclass(frozen=True, slots=True)
class Document:
    """An article's top-level blocks in order, and what was cut to keep within the limits."""

    blocks: list[Block]
    warnings: tuple[str, ...] = ()


# A line that opens more than MAX_NESTING lists or quotes ("- - - - ...", ">>>>..."): the
# marker past the limit is escaped before markdown-it sees it. markdown-it-pyrs nests in
# native code: 50,000 ">" crash the process, and 2 MB of "- - - ..." take seconds.
_DEEP_BODY = (
    rf"(?P<keep>[ \t]*(?:(?:>|[-+*](?=[ \t])|\d{{1,9}}[.)](?=[ \t]))[ \t]*){{{MAX_NESTING}}})"
    r"(?=>|[-+*][ \t]|\d{1,9}[.)][ \t])"
)
_DEEP_LINE = re.compile("^" + _DEEP_BODY, re.MULTILINE)
# The same test, looked for only where a line starts: a pattern that opens with a literal
# "\n" is found by a fast scan for that character, where ``^`` in MULTILINE mode is tried at
# every position (17 us of an article's parse, against 4).
_DEEP_AT_START = re.compile(_DEEP_BODY)
_DEEP_AFTER_BREAK = re.compile("\n" + _DEEP_BODY)
_TOO_DEEP = "lists or quotes nested too deep"
_KEPT_AS_TEXT = "what is deeper is kept as plain text"


def parse_blocks(markdown: str) -> Document:
    """The document's top-level blocks, in order (line numbers are 1-based)."""
    warnings: list[str] = []
    maybe = _DEEP_AT_START.match(markdown) or _DEEP_AFTER_BREAK.search(markdown)
    deep = _DEEP_LINE.search(markdown) if maybe else None
    if deep:  # one backslash per such line: line numbers and the rest of the text unchanged
        line = markdown.count("\n", 0, deep.start()) + 1
        warnings.append(cut_warning(line, _TOO_DEEP, MAX_NESTING, _KEPT_AS_TEXT))
        markdown = _DEEP_LINE.sub(lambda m: m.group("keep") + "\\", markdown)
    builder = _BlockBuilder(markdown)
    blocks = builder.blocks(_MD.tree(markdown).children, 0)
    warnings += [w for w in builder.warnings if w not in warnings]
    return Document(blocks, tuple(warnings))


class _BlockBuilder:
    """Turns nodes into blocks; node source maps are UTF-8 byte offsets into the document.

    The walk goes down one level per list or quote and stops at :data:`MAX_NESTING`, so no
    input can drive it past Python's recursion limit; what is deeper is kept as text.
    """

    def __init__(self, markdown: str) -> None:
        self.warnings: list[str] = []
        self.too_deep_said = False
        self.data = markdown.encode("utf-8")
        self.lines = markdown.split("\n")
        self.starts = [0]
        find = self.data.find
        at = find(b"\n")
        while at != -1:
            self.starts.append(at + 1)
            at = find(b"\n", at + 1)

    def line(self, node: Node) -> int:
        return self.line_at(node.srcmap)

    def line_at(self, span: tuple[int, int] | None) -> int:
        """The 1-based line where a node's source map ``span`` starts (0 without one)."""
        return bisect_right(self.starts, span[0]) if span else 0

    def inline(self, start: int, end: int) -> str:
        """An inline run's source, continuation-line indentation removed."""
        text = self.data[start:end].decode("utf-8", "replace")
        if "\n" not in text:
            return text.strip()
        return "\n".join(line.strip() for line in text.split("\n")).strip()

    def source(self, start: int, end: int) -> str:
        """Whole source lines from byte ``start`` to byte ``end``, dedented."""
        first = bisect_right(self.starts, start) - 1
        last = bisect_right(self.starts, max(start, end - 1))
        return textwrap.dedent("\n".join(self.lines[first:last])).strip("\n")

    def blocks(self, nodes: Sequence[Node], depth: int) -> list[Block]:
        """The blocks of ``nodes``, which are ``depth`` lists or quotes deep.

        Each node's ``name``, ``srcmap`` and ``children`` are read once: every read of a
        markdown-it-pyrs node attribute builds a new Python value.
        """
        if depth > MAX_NESTING and nodes:
            return [self.too_deep(nodes)]
        out: list[Block] = []
        for node in nodes:
            name = node.name
            span = node.srcmap
            line = self.line_at(span)
            if name == "paragraph" or name == "html_block":  # HTML is shown as text, never run
                out.append(Para(self.inline(span[0], span[1]) if span else "", line))
            elif name == "heading":
                level = int(node.meta.get("level", 1))
                raw = self.run(node.children)
                head, sep, rest = raw.partition("\\n")
                if sep and rest[:1].isupper():  # "#### Domain\nThe domain ...": an escape
                    out += [Heading(level, head, line), Para(rest, line)]  # repair left
                else:
                    out.append(Heading(level, raw, line))
            elif name == "bullet_list" or name == "ordered_list":
                items = [self.item(c, depth + 1) for c in node.children if c.name == "list_item"]
                out.append(ListBlock(items, name == "ordered_list", line))
            elif (name == "fence" or name == "code_block") and span:
                out.append(Code(self.source(*span), line))
            elif name == "table":
                out.append(self.table(node))
            elif name == "blockquote":
                out.extend(self.blocks(node.children, depth + 1))
            # hr and link reference definitions carry no statement
        return out

    def too_deep(self, nodes: Sequence[Node]) -> Para:
        """Blocks nested past the limit, as one paragraph of their source text."""
        first, last = nodes[0], nodes[-1]
        line = self.line(first)
        if not self.too_deep_said:  # once, where it first happens
            self.too_deep_said = True
            self.warnings.append(cut_warning(line, _TOO_DEEP, MAX_NESTING, _KEPT_AS_TEXT))
        if first.srcmap and last.srcmap:
            return Para(self.source(first.srcmap[0], last.srcmap[1]), line)
        return Para("", line)

    def own_text(self, node: Node) -> str:
        """A paragraph's text: its own source map (no inline nodes are parsed)."""
        span = node.srcmap
        return self.inline(span[0], span[1]) if span else ""

    def run(self, nodes: Sequence[Node]) -> str:
        """The source of a run of inline nodes, first to last."""
        if not nodes:
            return ""
        first = nodes[0].srcmap
        last = first if len(nodes) == 1 else nodes[-1].srcmap
        return self.inline(first[0], last[1]) if first and last else ""

    def item(self, node: Node, depth: int) -> Item:
        kids = node.children
        names = [kid.name for kid in kids]
        split = 0
        while split < len(kids) and names[split] not in _BLOCKS:
            split += 1
        if split:  # a tight item: its text first, then any nested blocks
            raw, rest = self.run(kids[:split]), kids[split:]
        elif kids and names[0] == "paragraph":
            raw, rest = self.own_text(kids[0]), kids[1:]
        else:
            raw, rest = "", kids
        span = node.srcmap
        item = Item(raw=raw, line=self.line_at(span))
        if rest:
            item.children = self.blocks(rest, depth)
            start = rest[0].srcmap
            if start and span:
                item.source_of_children = partial(self.source, start[0], span[1])
        return item

    def table(self, node: Node) -> Table:
        header: list[str] = []
        rows: list[list[str]] = []
        row_lines: list[int] = []
        for part in node.children:
            for row in part.children:
                cells = [self.run(cell.children) for cell in row.children]
                if part.name == "thead":
                    header = cells
                elif len(rows) >= MAX_TABLE_ROWS:
                    self.warnings.append(
                        cut_warning(
                            self.line(row),
                            f"too many rows in the table of line {self.line(node)}",
                            MAX_TABLE_ROWS,
                            "the rows from here on are not read",
                        )
                    )
                    return Table(header, rows, self.line(node), row_lines)
                else:
                    rows.append(cells)
                    row_lines.append(self.line(row))
        return Table(header, rows, self.line(node), row_lines)
