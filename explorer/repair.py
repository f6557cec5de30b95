"""Text repair: turn the stored article text back into the Markdown its author wrote.

Published articles of this family reach us damaged in three ways:

* the answer is a folded YAML string whose line breaks are the two characters ``\\n``;
* UTF-8 was decoded as Windows-1252 somewhere upstream (``Hereâ€™s`` for ``Here’s``);
* HTML entities (``&nbsp;``, ``&amp;``) and stray whitespace;
* now and then the whole answer went through a CSV export and came back as one quoted CSV
  field (``"Adele's performance of ""Rolling in the Deep"" ..."``).

Repair is on the hot path of loading a large corpus, so each step runs only when the text
shows the damage it fixes (most articles are plain ASCII and skip ftfy entirely).
"""

from __future__ import annotations

import html
import re

# LaTeX commands that begin with "n", so look like an escaped line break followed by letters.
_N_REST = (
    r"(?:eq|e|abla|u|eg|ot|otin|mid|i|leq|geq|subseteq|supseteq|parallel|exists|ewline)"
    r"(?![a-zA-Z])"
)
_N_COMMANDS = "n" + _N_REST
# What an inline span holds: anything but a dollar or a line break, real or escaped.
_INLINE = rf"(?:[^$\n\\]|\\(?!n)|\\(?={_N_COMMANDS}))*?"
# Math spans where a backslash followed by a letter is LaTeX (\neq, \nabla, \times, \theta),
# not an escaped line break or tab. Inline spans never cross a line break, and in the folded
# answer a line break is the two characters "\n": an inline span that could run over one
# ("... and $ a \neq 0 $.\n\n#### Domain ... as:\n\n$$") pairs the wrong dollars, leaves the
# real \neq outside every span and turns it into a break and "eq".
_MATH = re.compile(
    r"\$\$.+?\$\$"  # display $$...$$
    r"|\\\[.+?\\\]"  # display \[...\]
    r"|\\\(.+?\\\)"  # inline \(...\)
    rf"|\$(?=\S){_INLINE}(?<=\S)\$(?!\d)"  # inline $...$ (not "$5 and $10")
    rf"|\$ {_INLINE} \$",  # inline "$ a \neq 0 $", the family's spaced form
    re.DOTALL,
)
_LATEX_AFTER_ESCAPE = re.compile(r"\\[nrt][a-zA-Z]")
# Inside a math span: "\n" is a line break unless it opens one of those commands ("$$\nF =
# ma\n$$" is F = ma on a line of its own, where "\nF" would be an undefined command);
# "\t" and "\r" open too many commands (\times, \theta, \rho, \right) to list, so
# before a letter they are LaTeX.
_MATH_ESCAPE = re.compile(rf"\\(?:n(?!{_N_REST})|([rt])(?![a-zA-Z]))")
_ESCAPES = {"n": "\n", "r": "", "t": "\t"}
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
# Characters that make ftfy worth running: the lead bytes of UTF-8 read as cp1252/latin-1.
_MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u20ac\u2122]")


def unescape_breaks(text: str) -> str:
    """Turn literal ``\\n``, ``\\r`` and ``\\t`` into real line breaks and indentation.

    Inside math spans a backslash-letter pair is a LaTeX command (``\\neq``, ``\\times``) and
    is kept, but ``\\n`` before a letter is a break unless it opens a command that starts
    with n (``\\nabla``, ``\\nu``); an escape not followed by a letter is a line break.
    """
    if "\\" not in text:
        return text
    has_math = "$" in text or "\\(" in text or "\\[" in text
    if not has_math or not _LATEX_AFTER_ESCAPE.search(text):
        return _replace_escapes(text)
    out: list[str] = []
    pos = 0
    for m in _MATH.finditer(text):
        out.append(_replace_escapes(text[pos : m.start()]))
        span = m.group(0)
        if span.startswith("$$\\n"):  # the family opens a display line with a break, always
            span = "$$\n" + span[4:]  # ("$$\nu_{n+1} = au_n$$" is u, not nu)
        out.append(_MATH_ESCAPE.sub(lambda e: _ESCAPES[e.group(1) or "n"], span))
        pos = m.end()
    out.append(_replace_escapes(text[pos:]))
    return "".join(out)


def _replace_escapes(text: str) -> str:
    # str.replace, not a regex with a callback: this runs on every article of a corpus.
    return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\r", "")


# A UTF-8 lead byte then 1-3 continuation bytes, each read as cp1252 (0x80-0x9f map to
# curly quotes, dashes, the euro sign ...; the five bytes cp1252 leaves undefined pass through).
_CP1252_CONT = (
    "\u00a0-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
    "\u0152\u017d\u2018-\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e"
    "\u0178\x81\x8d\x8f\x90\x9d"
)
_MOJIBAKE_RUN = re.compile(f"[\u00c2-\u00f4][{_CP1252_CONT}]{{1,3}}")
_UNDEFINED_CP1252 = {
    "\x81": b"\x81",
    "\x8d": b"\x8d",
    "\x8f": b"\x8f",
    "\x90": b"\x90",
    "\x9d": b"\x9d",
}


def _redecode(run: str) -> str:
    """One mojibake run back to the character it was (raises if it was not UTF-8 after all)."""
    data = b"".join(_UNDEFINED_CP1252.get(ch) or ch.encode("cp1252") for ch in run)
    return data.decode("utf-8")


def fix_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-cp1252 damage, only where the text shows signs of it.

    The common damage (``â€™``, ``â€œ``, ``Ã©``) is undone run by run, which is ~50x faster
    than ftfy on a long answer; anything that does not re-decode cleanly goes to ftfy, which
    knows the rarer cases (latin-1, double encoding, mixed text).
    """
    if text.isascii() or not _MOJIBAKE_HINT.search(text):
        return text
    try:
        fixed = _MOJIBAKE_RUN.sub(lambda m: _redecode(m.group(0)), text)
    except (UnicodeEncodeError, UnicodeDecodeError):
        fixed = None
    if fixed is not None and not _MOJIBAKE_HINT.search(fixed):
        return fixed
    import ftfy  # here, not at the top: 0.1-0.2 s to import, and most corpora never need it

    return ftfy.fix_text(
        text,
        unescape_html=False,
        fix_line_breaks=False,
        normalization=None,
        fix_character_width=False,
        uncurl_quotes=False,
    )


def unescape_entities(text: str) -> str:
    """Decode HTML entities (``&nbsp;`` becomes a plain space, since it only pads layout)."""
    if "&" not in text:
        return text
    return html.unescape(text).replace("\u00a0", " ")


def tidy_whitespace(text: str) -> str:
    """Drop trailing spaces on each line, collapse runs of blank lines, trim the ends."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u00a0" in text:
        text = text.replace("\u00a0", " ")
    # The regexes scan every character, so run them only where there is something to fix.
    if " \n" in text or "\t\n" in text:
        text = _TRAILING_SPACE.sub("", text)
    if "\n\n\n" in text:
        text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()


# A CSV field: wrapped in double quotes, each quote inside it doubled.
_CSV_FIELD = re.compile(r'"((?:[^"]|"")*)"', re.DOTALL)


def unquote_csv_field(text: str) -> str:
    """The value of ``text`` when the whole of it is one quoted CSV field, else ``text``.

    Only a field whose every inner quote is doubled is one: ``"Night" was published ...``
    or ``"A" and "B"`` open and close with a quote of the author's own and stay as written.
    """
    if not text.startswith('"'):
        return text
    field = _CSV_FIELD.fullmatch(text.strip())
    return field.group(1).replace('""', '"') if field else text


def repair_markdown(text: str, *, escaped_breaks: bool) -> str:
    """All repairs, in the order that is safe: CSV quoting, escapes, mojibake, entities, whitespace.

    ``escaped_breaks`` is true for the folded ``answer`` field, where ``\\n`` stands for a line
    break (and where the CSV export happened); Markdown read from a file body keeps its
    backslashes and quotes as written.
    """
    if escaped_breaks:
        text = unescape_breaks(unquote_csv_field(text))
    return tidy_whitespace(unescape_entities(fix_mojibake(text)))


def repair_line(text: str) -> str:
    """Repair a one-line metadata value (title, question, keyword): mojibake, entities, spaces."""
    if text.isascii() and "&" not in text:  # most values: nothing to repair but the spaces
        return " ".join(text.split())
    return " ".join(unescape_entities(fix_mojibake(text)).split())
