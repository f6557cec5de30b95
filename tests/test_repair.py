"""Text repair: escaped breaks, mojibake, entities and whitespace, with LaTeX left alone."""

from __future__ import annotations

import pytest

from explorer.repair import (
    fix_mojibake,
    repair_line,
    repair_markdown,
    unescape_breaks,
    unescape_entities,
)

# (case id, folded answer text as stored, repaired Markdown)
ANSWERS = [
    ("newline", r"one\ntwo", "one\ntwo"),
    ("paragraph", r"one\n\ntwo", "one\n\ntwo"),
    ("tab", r"a\tb", "a\tb"),
    ("carriage-return", r"a\r\nb", "a\nb"),
    ("many-blank-lines", r"a\n\n\n\n\nb", "a\n\nb"),
    ("trailing-spaces", "a   \\nb\t\\n", "a\nb"),
    ("mojibake-apostrophe", "Hereâ€™s how", "Here’s how"),
    ("mojibake-quotes-dash", "â€œsmartâ€\x9d â€“ dash", "“smart” – dash"),
    ("nbsp-entity", "a&nbsp;b", "a b"),
    ("amp-entity", "R&amp;D &lt;tag&gt;", "R&D <tag>"),
    ("nbsp-char", "a\u00a0b", "a b"),
    ("latex-neq-dollar", r"$a \neq b$", r"$a \neq b$"),
    ("latex-nabla-dollar", r"$\nabla f$", r"$\nabla f$"),
    ("latex-times-paren", r"\(a \times b\)", r"\(a \times b\)"),
    ("latex-theta-rho-bracket", r"\[\theta + \rho\]", r"\[\theta + \rho\]"),
    ("latex-display-dollars", r"$$x \neq y$$\nafter", "$$x \\neq y$$\nafter"),
    ("break-after-math", r"$x \neq y$\nNext line", "$x \\neq y$\nNext line"),
    ("break-after-paren-math", r"\(O(V)\)\nnew", "\\(O(V)\\)\nnew"),
    ("break-inside-math-before-symbol", r"$a\n+b$", "$a\n+b$"),
    # in display math "\n" before a letter is a break unless it opens a LaTeX command
    ("break-inside-display-math-before-letter", r"$$\nF = ma\n$$", "$$\nF = ma\n$$"),
    ("latex-nu-display", r"$$c = \nu \lambda$$", r"$$c = \nu \lambda$$"),
    ("break-opening-display-math", r"$$\nu_{n+1} = 2u_n\n$$", "$$\nu_{n+1} = 2u_n\n$$"),
    ("latex-notin-display", r"$$x \notin A$$", r"$$x \notin A$$"),
    ("latex-theta-after-break", r"$$\n\theta = \tau\n$$", "$$\n\\theta = \\tau\n$$"),
    ("currency", r"$5 and $10\nNext", "$5 and $10\nNext"),
    ("latex-neq-spaced-dollars", r"and $ a \neq 0 $.\n\nNext", "and $ a \\neq 0 $.\n\nNext"),
    (
        "inline-math-does-not-run-over-a-break",
        r"constants, and $ a \neq 0 $.\n\n#### Domain\nas:\n\n$$\n\text{D} (-\infty, +\infty)\n$$",
        "constants, and $ a \\neq 0 $.\n\n#### Domain\nas:\n\n$$\n\\text{D} (-\\infty, +\\infty)\n$$",
    ),
    ("break-then-word-after-dollar", r"Costs $5.\nnext line $x$", "Costs $5.\nnext line $x$"),
    ("currency-then-math", r"Costs $5.\n\nThen $\nabla g$", "Costs $5.\n\nThen $\\nabla g$"),
    ("ascii-untouched", "plain `code` and **bold**", "plain `code` and **bold**"),
    ("latin-kept", "café naïve", "café naïve"),
    # a whole answer exported as one CSV field: outer quotes off, doubled quotes single
    (
        "csv-field",
        r'"Her ""Hello"" stood out.\n1. **Voice**: rich."',
        'Her "Hello" stood out.\n1. **Voice**: rich.',
    ),
    ("csv-field-no-inner-quotes", '"All of it, quoted."', "All of it, quoted."),
    # the author's own quotes at the ends, with single quotes inside: no CSV field
    ("own-quotes-at-both-ends", '"A" and "B"', '"A" and "B"'),
    ("own-quote-opening", '"Night" was published in 1956.', '"Night" was published in 1956.'),
    ("empty-string-literal", 'Use `s = ""` to start."', 'Use `s = ""` to start."'),
]


@pytest.mark.parametrize(
    ("stored", "expected"), [c[1:] for c in ANSWERS], ids=[c[0] for c in ANSWERS]
)
def test_repair_folded_answer(stored: str, expected: str) -> None:
    assert repair_markdown(stored, escaped_breaks=True) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (r"C:\new\table", r"C:\new\table"),
        ("Hereâ€™s\r\nnext  ", "Here’s\nnext"),
        ("\n\n  text &amp; more\n\n\n", "text & more"),
    ],
)
def test_repair_body_keeps_backslashes(body: str, expected: str) -> None:
    assert repair_markdown(body, escaped_breaks=False) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  How do   A &amp; B\ndiffer?  ", "How do A & B differ?"),
        ("Whatâ€™s new", "What’s new"),
        ("", ""),
    ],
)
def test_repair_line(value: str, expected: str) -> None:
    assert repair_line(value) == expected


def test_steps_skip_text_without_damage() -> None:
    text = "no escapes, no entities, ascii"
    assert unescape_breaks(text) is text
    assert unescape_entities(text) is text
    assert fix_mojibake(text) is text
    assert fix_mojibake("é plain latin") == "é plain latin"
