"""Shareable views: checking values that arrive in a URL before any widget sees them.

Every choice on every page lives in the query string, so a copied link reproduces the view.
A link can be old, hand-edited or truncated; unknown values are dropped and named in a notice
(:func:`dropped_notice`) instead of raising.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

TRUE_WORDS = frozenset({"true", "1", "yes", "on"})
FALSE_WORDS = frozenset({"false", "0", "no", "off"})


@dataclass(frozen=True)
class Cleaned:
    """The usable values of one URL parameter and the ones that were dropped."""

    values: tuple[str, ...] = ()
    dropped: tuple[str, ...] = field(default_factory=tuple)

    @property
    def value(self) -> str | None:
        return self.values[-1] if self.values else None


_SPACING = re.compile(r"[\s_\-]+")


def match_key(text: str) -> str:
    """``text`` with case and spacing set aside, for matching what a person typed in a link.

    Links are typed by hand and pasted from slides: ``subjects=Pytorch``, ``needs=Beginner
    friendly`` and ``article=Keras-TensorFlow-PyTorch`` mean the options a reader sees, so case,
    Unicode width, whitespace, hyphens and underscores do not count.
    """
    return _SPACING.sub("", unicodedata.normalize("NFKC", text).casefold())


def _lenient_lookup(options: Sequence[str]) -> dict[str, str]:
    """match key -> option, leaving out keys that two options share (those match exactly only)."""
    by_key: dict[str, str] = {}
    shared: set[str] = set()
    for option in options:
        key = match_key(option)
        if key in by_key and by_key[key] != option:
            shared.add(key)
        by_key.setdefault(key, option)
    return {k: v for k, v in by_key.items() if k not in shared}


def clean_choices(raw: Sequence[str], options: Sequence[str], *, multi: bool) -> Cleaned:
    """The options the raw values name (all of them, or the last one when not ``multi``).

    An exact value wins; otherwise a value matches the one option it equals once case and
    spacing are set aside (:func:`match_key`). ``values`` holds the options as spelt in
    ``options``, so a page can write the canonical spelling back to the address bar.
    """
    allowed = set(options)
    lookup = _lenient_lookup(options)
    named = [v if v in allowed else lookup.get(match_key(v)) for v in raw]
    keep = [option for option in named if option is not None]
    dropped = tuple(
        dict.fromkeys(v for v, option in zip(raw, named, strict=True) if option is None)
    )
    if not multi:
        keep = keep[-1:]
    return Cleaned(tuple(dict.fromkeys(keep)), dropped)


def clean_flag(raw: Sequence[str]) -> Cleaned:
    """A true/false toggle; anything but true/false (and 1/0, yes/no, on/off) is dropped."""
    if not raw:
        return Cleaned()
    last = raw[-1].strip().lower()
    if last in TRUE_WORDS:
        return Cleaned(("true",))
    if last in FALSE_WORDS:
        return Cleaned(("false",))
    return Cleaned((), (raw[-1],))


def clean_text(raw: Sequence[str], *, max_length: int = 200) -> Cleaned:
    """Free text (a search): kept up to ``max_length`` characters; longer text is cut, not refused."""
    if not raw:
        return Cleaned()
    text = raw[-1]
    if len(text) > max_length:
        return Cleaned((text[:max_length],), (text[max_length:],))
    return Cleaned((text,))


def dropped_notice(param: str, dropped: Sequence[str], what: str) -> str:
    """The visible notice for values a link carried that this view cannot use."""
    shown = ", ".join(repr(v if len(v) <= 40 else v[:37] + "...") for v in dropped[:5])
    more = f" and {len(dropped) - 5} more" if len(dropped) > 5 else ""
    return f"The link's `{param}` had {shown}{more}, which is not a known {what}; it was ignored."
