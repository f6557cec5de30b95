"""Text from articles, uploads and links, made safe to show with Streamlit.

Streamlit renders Markdown in nearly every element (``st.markdown``, captions, headers,
alerts, widget, expander and tab labels), escapes raw HTML, and rewrites ``javascript:`` and
``vbscript:`` links to ``#``. What it still does with a hostile string (checked in the 1.67
frontend bundle, ``StreamlitMarkdown``): it loads Markdown images from any host without a click,
also inside labels, so a title like ``![x](http://host/x.png)`` makes every reader's browser
call that host (a tracker, or a failing request on a school network without internet); it keeps
``data:`` and other scheme links live; emoji, icon and colour shortcodes restyle the text; and
invisible or bidi control characters make two names look the same or reorder a title.

Three levels, one per kind of text:

- :func:`plain_text` for places that show text as text (``st.text``, select options): only the
  invisible and bidi control characters are made visible.
- :func:`literal_markdown` for metadata, names and notices (front-matter fields, URL values):
  shown exactly as typed, on one line, no Markdown at all.
- :func:`safe_markdown` for the article's own Markdown (claims, intro): emphasis, code, tables,
  LaTeX and web links keep working; images become a text marker, links with any scheme but
  http, https and mailto become text.
"""

from __future__ import annotations

import html
import re

from markdown_it_pyrs import MarkdownIt

from explorer.views.longtext import cut_text

# Format (Cf) and control (Cc) characters draw nothing, or reorder what follows (bidi
# overrides). Zero-width joiners are kept after a non-ASCII character, where emoji sequences
# and Indic or Persian spelling need them; emoji tag characters are kept after a black flag.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u115f\u1160\u180e\u200b\u200e\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]"
    "|(?<![^\x00-\x7f])[\u200c\u200d]"
    "|(?<![\U0001f3f4\U000e0020-\U000e007f])[\U000e0000-\U000e007f]"
)


def _shown(match: re.Match[str]) -> str:
    return f"\u27e8U+{ord(match.group()):04X}\u27e9"


def reveal_invisible(text: str) -> str:
    """Invisible and bidi control characters as visible ``⟨U+202E⟩`` markers.

    Shown rather than dropped, so a reader sees why two names that look the same differ.
    """
    return _INVISIBLE.sub(_shown, text)


def plain_text(text: str) -> str:
    """Text for elements that do not read Markdown (``st.text``, select and multiselect options)."""
    return reveal_invisible(text)


# Characters that are Markdown (or Streamlit's extensions: ``$`` maths, ``:smile:`` emoji,
# ``:red[...]`` colours, ``~`` strikethrough) wherever they stand; escaping them is always
# safe, since CommonMark shows a backslash-escaped ASCII punctuation mark as itself. Brackets
# are always escaped, so "(" and ")" can never be part of a link and are left as they are.
_ANYWHERE = re.compile(r"([\\`*_{}\[\]!|<>~$:&])")
# Characters that are Markdown only at the start of a line: lists, headings, rules, quotes.
_LINE_START = re.compile(r"^(\d{1,9}(?=[.)])|[-+=#])")


def _escape_line_start(text: str) -> str:
    match = _LINE_START.match(text)
    if match and match.group(1)[0].isdigit():
        return text[: match.end()] + "\\" + text[match.end() :]
    return "\\" + text if match else text


def literal_markdown(text: str) -> str:
    """Text that Markdown shows exactly as typed: no emphasis, links, images, maths or HTML.

    One line (whitespace folded), invisible characters made visible, cut when very long
    (:func:`~explorer.views.longtext.cut_text`). For front-matter fields, names, URL values and
    notices, wherever they are embedded in a Markdown string.
    """
    folded = cut_text(" ".join(text.split()))
    return _escape_line_start(_ANYWHERE.sub(r"\\\1", reveal_invisible(folded)))


# A parameter name quoted as code in a notice: letters, digits, "_" and "-" only, so whatever
# Markdown makes of it, it cannot be a link or an image.
_CODE_WORD = re.compile(r"(`[\w-]{1,40}`)")


def notice_markdown(text: str) -> str:
    """A notice that quotes outside text (a URL value, a file's line), for ``st.info``/``st.warning``.

    Shown as typed, except that a short word in backticks (the notice's own parameter name)
    stays code; a quoted value cannot open or close a code span, link or image.
    """
    parts = _CODE_WORD.split(reveal_invisible(cut_text(" ".join(text.split()))))
    return _escape_line_start(
        "".join(p if i % 2 else _ANYWHERE.sub(r"\\\1", p) for i, p in enumerate(parts))
    )


# --------------------------------------------------------------------------- article Markdown

_INLINE_MATH = re.compile(r"\\\((.+?)\\\)", re.DOTALL)
_DISPLAY_MATH = re.compile(r"\\\[(.+?)\\\]", re.DOTALL)
# Block rules only: code blocks and fences are found with their containers (a fence inside a
# list item ends with the item), exactly as the parser reads the article. markdown-it-pyrs
# 0.4.0 panics in its inline code-span rule on text as short as "[`", so no inline rule is run.
_CODE = MarkdownIt("zero").enable_many(
    ["blockquote", "code", "fence", "heading", "hr", "lheading", "list", "paragraph",
     "reference", "html_block", "table"]
)  # fmt: skip
_CODE_NODES = frozenset({"fence", "code_block"})

# Only these schemes stay links; a destination without a scheme is relative to the app.
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]")

# A simple image, ``![alt](dest "title")``, becomes a readable marker; any other ``![`` (a
# nested, reference or odd image) has its ``[`` escaped, so it shows as the text it is.
_SIMPLE_IMAGE = re.compile(r"!\[([^\[\]\n]*)\]\([^()\n]*\)")
_IMAGE_OPEN = re.compile(r"!\[")
# Where a URL starts: an inline link ``](``, a reference definition ``[label]:``, an autolink.
_DESTINATION = r"[ \t]*\n?[ \t]*(<[^>\n]*|[^\s)]*)"
_INLINE_DEST = re.compile(r"\]\(" + _DESTINATION)
_DEFINITION = re.compile(r"\[(?:[^\[\]\\]|\\.){0,999}\]:" + _DESTINATION)
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}):[^\s<>]*>")


def is_safe_url(destination: str) -> bool:
    """Whether a link destination, read as a browser reads it, is http(s), mailto or relative.

    CommonMark decodes entities and backslash escapes in a destination, and browsers ignore
    control characters and whitespace in a scheme, so ``&#100;ata:`` and ``d\\ata:`` are both
    ``data:``.
    """
    url = _IGNORED_IN_URL.sub("", _ESCAPED.sub(r"\1", html.unescape(destination.lstrip("<"))))
    scheme = _SCHEME.match(url)
    return scheme is None or scheme.group(1).lower() in SAFE_SCHEMES


def _code_blocks(text: str) -> list[tuple[int, int]]:
    """Character ranges of fenced and indented code blocks, which Markdown shows as typed.

    Inline code spans are not spared: telling them apart from a raw HTML attribute holding a
    backtick needs the whole inline grammar, and a wrong guess would leave an image live. A
    parser failure spares nothing, which is the safe side.
    """
    if "```" not in text and "~~~" not in text and "    " not in text and "\t" not in text:
        return []
    try:
        nodes = list(_CODE.tree(text).walk())
    except BaseException as exc:  # a Rust panic is a BaseException, not an Exception
        if isinstance(exc, Exception) or type(exc).__name__ == "PanicException":
            return []
        raise
    data = text.encode()
    spans = []
    for node in nodes:
        if node.name in _CODE_NODES and node.srcmap:
            start, end = node.srcmap
            spans.append((len(data[:start].decode()), len(data[:end].decode())))
    return spans


def _escaped_at(text: str, index: int) -> bool:
    """Whether the character at ``index`` is backslash-escaped (an odd run of ``\\`` before it)."""
    run = 0
    while index - run - 1 >= 0 and text[index - run - 1] == "\\":
        run += 1
    return run % 2 == 1


def _inert_run(text: str) -> str:
    """One stretch of Markdown outside code, with images and unsafe links turned to text."""

    def simple_image(m: re.Match[str]) -> str:
        if _escaped_at(text, m.start()):
            return m.group()
        # Unescaped brackets: at worst a later "(url)" makes the marker a link, never an image.
        return f"[image: {literal_markdown(m.group(1)) or 'untitled'}]"

    text = _SIMPLE_IMAGE.sub(simple_image, text)
    edits: list[int] = []  # positions that get a backslash before them
    edits += [m.start() + 1 for m in _IMAGE_OPEN.finditer(text) if not _escaped_at(text, m.start())]
    edits += [m.start() + 1 for m in _INLINE_DEST.finditer(text) if not is_safe_url(m.group(1))]
    edits += [
        m.start()
        for m in _DEFINITION.finditer(text)
        if not _escaped_at(text, m.start()) and not is_safe_url(m.group(1))
    ]
    edits += [
        m.start()
        for m in _AUTOLINK.finditer(text)
        if not _escaped_at(text, m.start()) and m.group(1).lower() not in SAFE_SCHEMES
    ]
    for position in sorted(set(edits), reverse=True):
        text = text[:position] + "\\" + text[position:]
    return text


def inert_markdown(text: str) -> str:
    """Markdown that loads nothing: images as text markers, non-web links as text.

    Code blocks are left as written (Markdown shows them as typed anyway), so code quoted in
    an article is not disturbed; invisible characters are made visible everywhere.
    """
    text = reveal_invisible(text)
    if "![" not in text and "](" not in text and "]:" not in text and "<" not in text:
        return text
    out, last = [], 0
    for start, end in _code_blocks(text):
        out += [_inert_run(text[last:start]), text[start:end]]
        last = end
    out.append(_inert_run(text[last:]))
    return "".join(out)


def safe_markdown(text: str) -> str:
    """Article Markdown for ``st.markdown``: cut when very long, LaTeX in ``$``, then inert.

    Streamlit's Markdown reads ``$...$`` and ``$$...$$`` but not ``\\(...\\)`` or ``\\[...\\]``.
    The maths is rewritten first, so the ``\\[`` that :func:`inert_markdown` writes to defuse
    an image is never read as maths; the cut comes before both, so nothing is cut after it
    was made safe.
    """
    text = _DISPLAY_MATH.sub(lambda m: f"$${m.group(1).strip()}$$", cut_text(text))
    return inert_markdown(_INLINE_MATH.sub(lambda m: f"${m.group(1).strip()}$", text))
