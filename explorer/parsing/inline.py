"""Inline Markdown, read off a run's source: the leading bold label, plain text, names.

The block tree (:mod:`explorer.parsing.markdown`) keeps each inline run's source; the only
inline facts the layout needs are whether a run opens with a bold label (``**Attr**: text``)
and what a name reads as in plain text, which these helpers work out with a few regexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_SEPARATOR = re.compile(r"^\s*(?::|[-\u2013\u2014](?=\s))\s*")
_ASIDE = re.compile(r"^\s*(?P<aside>\([^()\n]{1,60}\))\s*(?::|[-\u2013\u2014](?=\s))\s*")
_NUMBERING = re.compile(r"^\s*(?:\d+|[a-zA-Z]|[ivxIVX]+)[.)]\s+")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(
    r"(\*\*|\*)(?=\S)(.+?)(?<=\S)\1"
    r"|(?<![A-Za-z0-9])(__|_)(?=\S)(.+?)(?<=\S)\3(?![A-Za-z0-9])"  # no intraword _ (snake_case)
)


# Unicode format characters that draw nothing: soft hyphen, zero-width space/joiners, bidi
# marks, embeddings, overrides and isolates, word joiner, invisible operators, BOM, tags.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
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
    bold = _bold_start(raw)
    if bold is None:
        return None
    label, after = bold
    name = plain(label).strip()
    separated = name.endswith(":")
    name = _unnumbered(name.rstrip(":").strip()).strip()
    if not name:
        return None
    aside = _ASIDE.match(after) if after[:2].lstrip()[:1] == "(" else None
    if aside:  # "**Canines** (also known as cuspids):" labels as "**Canines (...)**:" would
        name = f"{name} {aside['aside']}"
        separated = True
        after = after[aside.end() :]
    sep = None if aside else _SEPARATOR.match(after)
    if sep:
        separated = True
        after = after[sep.end() :]
    return Label(name=name, rest=after.strip(), separated=separated or not after.strip())


def _bold_start(raw: str) -> tuple[str, str] | None:
    """The label and the rest of ``raw`` when it opens with ``**label**`` or ``__label__``.

    The label is everything up to the first closing marker (the same marker as the opening
    one) and cannot be empty; ``str.find`` says so faster than a regex with a backreference,
    and most runs open with no marker at all.
    """
    marker = raw[:2]
    if marker != "**" and marker != "__":
        return None
    end = raw.find(marker, 2)
    if end <= 2:  # no closing marker, or an empty label ("****")
        return None
    return raw[2:end], raw[end + 2 :]


@lru_cache(maxsize=4096)
def plain(raw: str) -> str:
    """Inline Markdown as plain text: no emphasis markers, link targets or code spans'
    backticks, and no invisible or bidi control characters, so names that differ only by them
    are one name (a zero-width space made a second "Zeta"; an RTL override reordered a title)."""
    # Each pattern runs only where its characters occur: most runs are plain ASCII words.
    text = raw if raw.isascii() else _INVISIBLE.sub("", raw)
    if "[" in text:
        text = _LINK.sub(r"\1", text)
    if "*" in text or "_" in text:
        for _ in range(2):  # nested emphasis (***x***)
            text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(4), text)
    if "`" in text:  # a code span's backticks; a lone one is a character ("Accent Grave (`)")
        text = _CODE_SPAN.sub(r"\2", text)
    return " ".join(text.split())


_CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")


def heading_name(raw: str) -> str:
    """A heading or label as a name: plain text, no list numbering, no trailing colon."""
    return _unnumbered(plain(raw)).strip().rstrip(":").strip()


def _unnumbered(name: str) -> str:
    """``name`` without its list numbering ("2. ", "b) ", "iv. "), which needs a . or )."""
    return _NUMBERING.sub("", name) if "." in name or ")" in name else name
