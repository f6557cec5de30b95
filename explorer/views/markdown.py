"""Article Markdown made safe and renderable for the views.

Streamlit already escapes raw HTML in Markdown and rewrites ``javascript:`` links, so article
text can never run script. Two things remain: images, which would make the reader's browser
fetch from another host (a class on a school network may have no internet, and a hostile
article could track readers), and LaTeX in ``\\(...\\)`` / ``\\[...\\]`` delimiters, which
Streamlit's Markdown does not read (it reads ``$...$`` and ``$$...$$``).
"""

from __future__ import annotations

import re

_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")
_INLINE_MATH = re.compile(r"\\\((.+?)\\\)", re.DOTALL)
_DISPLAY_MATH = re.compile(r"\\\[(.+?)\\\]", re.DOTALL)


def safe_markdown(text: str) -> str:
    """Article Markdown for ``st.markdown``: images as text, LaTeX in ``$`` delimiters."""
    text = _IMAGE.sub(lambda m: f"[image: {m.group(1) or 'untitled'}]", text)
    text = _DISPLAY_MATH.sub(lambda m: f"$${m.group(1).strip()}$$", text)
    return _INLINE_MATH.sub(lambda m: f"${m.group(1).strip()}$", text)


_MARKDOWN_SYNTAX = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<$:])")


def literal_markdown(text: str) -> str:
    """Text that Markdown shows as typed: no emphasis, links, maths or HTML, one line.

    For sentences quoted as evidence, where a stray ``*`` or ``$`` must not restyle the page.
    """
    return _MARKDOWN_SYNTAX.sub(r"\\\1", " ".join(text.split()))
