"""Markdown structure: markdown-it-py tokens folded into a small tree of typed blocks.

markdown-it-py (CommonMark + tables) decides what is a heading, a list, a nested list, a code
block or a table. We keep its block structure and the raw source of each inline run; the only
inline fact the layout needs is whether a run *starts* with a bold label (``**Attr**: text``),
which :func:`split_label` reads off the raw source.

Why the inline rule is off: profiling the corpus load showed markdown-it's inline pass was over
half of the parse time, and everything it produced but that leading bold span was thrown away.
Claim text is kept as Markdown source, so code, LaTeX and emphasis stay exactly as written.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

_MD = MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"])


@dataclass
class Heading:
    level: int
    raw: str
    line: int


@dataclass
class Para:
    raw: str
    line: int


@dataclass
class Code:
    source: str
    line: int


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    line: int


@dataclass
class Item:
    """A list item: its first paragraph (``raw``) and any blocks nested under it."""

    raw: str
    line: int
    children: list[Block] = field(default_factory=list)
    children_source: str = ""
    """The nested blocks' Markdown, dedented (folded into the item's claim text)."""


@dataclass
class ListBlock:
    items: list[Item]
    ordered: bool
    line: int


Block = Heading | Para | Code | Table | ListBlock


def parse_blocks(markdown: str) -> list[Block]:
    """The document's top-level blocks, in order (line numbers are 1-based)."""
    tokens = _MD.parse(markdown)
    lines = markdown.split("\n")
    blocks, _ = _read(tokens, 0, lines, stop=None)
    return blocks


def _line(token: Token) -> int:
    return token.map[0] + 1 if token.map else 0


def _source(lines: list[str], start: int, end: int) -> str:
    return textwrap.dedent("\n".join(lines[start:end])).strip("\n")


def _read(
    tokens: list[Token], i: int, lines: list[str], stop: str | None
) -> tuple[list[Block], int]:
    """Read blocks from ``tokens[i]`` until a closing token of type ``stop``."""
    out: list[Block] = []
    while i < len(tokens):
        tok = tokens[i]
        kind = tok.type
        if kind == stop:
            return out, i + 1
        if kind == "heading_open":
            out.append(Heading(int(tok.tag[1]), tokens[i + 1].content.strip(), _line(tok)))
            i += 3
        elif kind == "paragraph_open":
            out.append(Para(tokens[i + 1].content.strip(), _line(tok)))
            i += 3
        elif kind in ("fence", "code_block"):
            start, end = tok.map or (0, 0)
            out.append(Code(_source(lines, start, end), start + 1))
            i += 1
        elif kind == "html_block":
            # Shown as text later, never as HTML.
            out.append(Para(tok.content.strip(), _line(tok)))
            i += 1
        elif kind in ("bullet_list_open", "ordered_list_open"):
            close = kind.replace("_open", "_close")
            items, i = _read_list(tokens, i + 1, lines, close)
            out.append(ListBlock(items, kind.startswith("ordered"), _line(tok)))
        elif kind == "table_open":
            table, i = _read_table(tokens, i + 1)
            table.line = _line(tok)
            out.append(table)
        elif kind == "blockquote_open":
            inner, i = _read(tokens, i + 1, lines, "blockquote_close")
            out.extend(inner)
        else:  # hr, reference definitions, stray closers
            i += 1
    return out, i


def _read_list(tokens: list[Token], i: int, lines: list[str], close: str) -> tuple[list[Item], int]:
    items: list[Item] = []
    while i < len(tokens) and tokens[i].type != close:
        if tokens[i].type != "list_item_open":
            i += 1
            continue
        open_tok = tokens[i]
        blocks, i = _read(tokens, i + 1, lines, "list_item_close")
        raw = ""
        first = blocks[0] if blocks else None
        if isinstance(first, Para):
            raw = first.raw
            blocks.pop(0)
        item = Item(raw=raw, line=_line(open_tok), children=blocks)
        if blocks:
            item.children_source = _children_source(blocks, open_tok, lines)
        items.append(item)
    return items, i + 1


def _children_source(blocks: list[Block], item: Token, lines: list[str]) -> str:
    first = blocks[0].line - 1
    end = item.map[1] if item.map else first + 1
    return _source(lines, first, end)


def _read_table(tokens: list[Token], i: int) -> tuple[Table, int]:
    header: list[str] = []
    rows: list[list[str]] = []
    row: list[str] = []
    in_head = False
    while i < len(tokens) and tokens[i].type != "table_close":
        kind = tokens[i].type
        if kind == "thead_open":
            in_head = True
        elif kind == "thead_close":
            in_head = False
        elif kind == "tr_open":
            row = []
        elif kind == "inline":
            row.append(tokens[i].content.strip())
        elif kind == "tr_close":
            if in_head:
                header = row
            else:
                rows.append(row)
        i += 1
    return Table(header, rows, 0), i + 1


# --- inline: the leading bold label ------------------------------------------------------------

_BOLD_START = re.compile(r"^(\*\*|__)(?P<label>(?:(?!\1).)+?)\1(?P<after>.*)$", re.DOTALL)
_SEPARATOR = re.compile(r"^\s*(?::|[-\u2013\u2014](?=\s))\s*")
_NUMBERING = re.compile(r"^\s*(?:\d+|[a-zA-Z]|[ivxIVX]+)[.)]\s+")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(
    r"(\*\*|\*)(?=\S)(.+?)(?<=\S)\1"
    r"|(?<![A-Za-z0-9])(__|_)(?=\S)(.+?)(?<=\S)\3(?![A-Za-z0-9])"  # no intraword _ (snake_case)
)


@dataclass(frozen=True)
class Label:
    """A bold label at the start of an inline run.

    ``separated`` is true for ``**Attr**: text`` / ``**Attr:** text`` / ``**Attr** - text``;
    false for a bold word that starts a sentence (``**Keras** is best for ...``).
    """

    name: str
    rest: str
    separated: bool

    @property
    def alone(self) -> bool:
        """The run is only the label (``**TCP**``, ``**Characteristics:**``, ``**HTTP**:``)."""
        return not self.rest


@lru_cache(maxsize=4096)
def split_label(raw: str) -> Label | None:
    """The leading bold label of ``raw``, or None when it does not start with one.

    Cached (the result is immutable): the layout passes ask about the same run several times.
    """
    m = _BOLD_START.match(raw)
    if not m:
        return None
    name = plain(m.group("label")).strip()
    after = m.group("after")
    separated = name.endswith(":")
    name = _NUMBERING.sub("", name.rstrip(":").strip()).strip()
    if not name:
        return None
    sep = _SEPARATOR.match(after)
    if sep:
        separated = True
        after = after[sep.end() :]
    return Label(name=name, rest=after.strip(), separated=separated or not after.strip())


@lru_cache(maxsize=4096)
def plain(raw: str) -> str:
    """Inline Markdown as plain text: no emphasis markers, link targets or backticks."""
    text = _LINK.sub(r"\1", raw)
    for _ in range(2):  # nested emphasis (***x***)
        text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(4), text)
    return " ".join(text.replace("`", "").split())


def heading_name(raw: str) -> str:
    """A heading or label as a name: plain text, no list numbering, no trailing colon."""
    return _NUMBERING.sub("", plain(raw)).strip().rstrip(":").strip()
