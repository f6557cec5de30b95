"""Text from files and links is shown, never fetched: the escaping in explorer.views.markdown.

Each case is what a hostile or careless article, upload or link could carry. The property tests
render the output with markdown-it (CommonMark, as Streamlit's remark is) and check that no
image survives anywhere, whatever is mixed around it.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, reject
from hypothesis import strategies as st
from markdown_it_pyrs import MarkdownIt

from explorer.views.markdown import (
    inert_markdown,
    is_safe_url,
    literal_markdown,
    plain_text,
    reveal_invisible,
    safe_markdown,
)

RENDER = MarkdownIt("commonmark").enable_many(["table", "strikethrough"])


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("![x](http://h/x.png)", "[image: x]"),
        ("![x](http://h/x.png 'a title') after", "[image: x] after"),
        # nested, reference and shortcut images are not rewritten, only defused
        ("![![x](a)](http://h/y.png)", r"!\[[image: x]](http://h/y.png)"),
        ("[r]: http://host/z.png\n\n![r] ![q][r]", "[r]: http://host/z.png\n\n!\\[r] !\\[q][r]"),
        ("!![x](u)", r"!\[image: x]"),
        # an escaped "!" is a link, not an image; an escaped backslash before it is not
        (r"\![x](u)", r"\![x](u)"),
        (r"\\![x](u)", r"\\[image: x]"),
        # links: web and relative ones stay, any other scheme shows as text
        ("[x](https://ok.example)", "[x](https://ok.example)"),
        ("[x](Article?article=a&claim=3)", "[x](Article?article=a&claim=3)"),
        ("[x](mailto:a@b.example)", "[x](mailto:a@b.example)"),
        ("[x](data:text/html,hi)", r"[x]\(data:text/html,hi)"),
        ("[x](JavaScript:alert(1))", r"[x]\(JavaScript:alert(1))"),
        ("[x]( <javascript:alert(1)>)", r"[x]\( \<javascript:alert(1)>)"),
        ("[x](&#100;ata:text/html,x)", r"[x]\(&#100;ata:text/html,x)"),
        ("[x](data\\:text/html,x)", r"[x]\(data\:text/html,x)"),
        ("[x](<java\tscript:x>)", "[x]\\(<java\tscript:x>)"),
        ("[x](java\tscript:x)", "[x](java\tscript:x)"),  # not a link: a space ends it
        ("<javascript:alert(1)>", r"\<javascript:alert(1)>"),
        (
            "<data:text/html,x> and <https://ok.example>",
            r"\<data:text/html,x> and <https://ok.example>",
        ),
        ("[ref]: javascript:alert(1)\n\n[go][ref]", "\\[ref]: javascript:alert(1)\n\n[go][ref]"),
        # code blocks are shown as typed by Markdown already: left alone; inline code is not
        # spared (a backtick in a raw HTML attribute would fool a guess)
        ("```\n![c](h)\n[x](data:y)\n```", "```\n![c](h)\n[x](data:y)\n```"),
        ("    ![c](h) indented", "    ![c](h) indented"),
        ("`![c](http://h/c.png)`", "`[image: c]`"),
        # a fence inside a list item ends with the item: what follows is not code
        ("1. a\n   ```\n![x](http://h/x.png)", "1. a\n   ```\n[image: x]"),
        # invisible and bidi characters are shown
        ("Ze\u200bta \u202eevil", "Ze\u27e8U+200B\u27e9ta \u27e8U+202E\u27e9evil"),
        ("\U0001f468\u200d\U0001f469 family", "\U0001f468\u200d\U0001f469 family"),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),  # Streamlit escapes HTML
        (r"time \(O(VE)\) here", "time $O(VE)$ here"),
        (r"\[ x^2 \]", "$$x^2$$"),
    ],
)
def test_safe_markdown(text: str, shown: str) -> None:
    assert safe_markdown(text) == shown


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("![x](http://host/x.png)", r"\!\[x\](http\://host/x.png)"),
        ("[x](data:text/html,<b>hi</b>)", r"\[x\](data\:text/html,\<b\>hi\</b\>)"),
        (":red[alert] :material/home: :smile:", r"\:red\[alert\] \:material/home\: \:smile\:"),
        ("**b** _i_ ~s~ `c` $m$ a|b", r"\*\*b\*\* \_i\_ \~s\~ \`c\` \$m\$ a\|b"),
        ("&lt;img&gt;", r"\&lt;img\&gt;"),
        ("- a list", r"\- a list"),
        ("1. a list", r"1\. a list"),
        ("# heading", r"\# heading"),
        ("+ plus", r"\+ plus"),
        ("== setext", r"\== setext"),
        ("2024-11-26 · Multi-Backend", "2024-11-26 · Multi-Backend"),
        ("two\nlines\n\n   and more", "two lines and more"),
        ("a\u202eb", "a\u27e8U+202E\u27e9b"),
        ("trailing \\", "trailing \\\\"),
        ("1) a list", r"1\) a list"),
        ("HTTP (Hypertext)", "HTTP (Hypertext)"),
    ],
)
def test_literal_markdown(text: str, shown: str) -> None:
    assert literal_markdown(text) == shown


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://a.example/x", True),
        ("HTTP://a.example", True),
        ("mailto:a@b.example", True),
        ("Article?article=x", True),
        ("/x/y", True),
        ("#top", True),
        ("data:text/html,x", False),
        (" javascript:x", False),
        ("&#x6A;avascript:x", False),
        ("java\nscript:x", False),
        ("vbscript:x", False),
        ("file:///etc/passwd", False),
    ],
)
def test_is_safe_url(url: str, safe: bool) -> None:
    assert is_safe_url(url) is safe


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Ze\u200bta", "Ze\u27e8U+200B\u27e9ta"),
        ("\u2067title\u2069", "\u27e8U+2067\u27e9title\u27e8U+2069\u27e9"),
        ("bom\ufeff", "bom\u27e8U+FEFF\u27e9"),
        ("nul\x00", "nul\u27e8U+0000\u27e9"),
        (
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
            "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
        ),
        ("caf\u00e9 \u00adsoft", "caf\u00e9 \u00adsoft"),
    ],
)
def test_reveal_invisible(text: str, shown: str) -> None:
    assert reveal_invisible(text) == shown
    assert plain_text(text) == shown


# --------------------------------------------------------------------------- properties

PIECES = st.sampled_from(
    [
        "![",
        "!",
        "[",
        "]",
        "(",
        ")",
        "](",
        "http://h/x.png",
        "data:image/png;base64,iVBOR",
        "<",
        ">",
        "`",
        "\\",
        "\n",
        "\n\n",
        "    ",
        "[r]: http://h/r.png\n",
        "[r]",
        ":",
        "x",
        " ",
        "*",
        "$",
    ]
)
HOSTILE = st.lists(PIECES, max_size=14).map("".join)


def _tree(markdown: str) -> Any:
    """markdown-it's tree, or the example is rejected where markdown-it-pyrs itself panics."""
    try:
        return RENDER.tree(markdown)
    except BaseException as exc:
        if type(exc).__name__ != "PanicException":
            raise
        reject()


def _images(markdown: str) -> int:
    return sum(1 for node in _tree(markdown).walk() if node.name == "image")


@given(HOSTILE)
def test_no_image_survives_safe_markdown(text: str) -> None:
    assert _images(safe_markdown(text)) == 0
    assert _images(inert_markdown(text)) == 0


@given(st.text(max_size=60) | HOSTILE)
def test_literal_markdown_renders_as_the_text_itself(text: str) -> None:
    """Rendered, the escaped text is one paragraph of plain text that reads as the input."""
    shown = literal_markdown(text)
    nodes = list(_tree(shown).walk())
    assert {n.name for n in nodes} <= {"root", "paragraph", "text", "text_special"}
    plain = reveal_invisible(" ".join(text.split()))
    rendered = "".join(n.meta.get("content", "") for n in nodes)
    assert rendered == plain
