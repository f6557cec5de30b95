"""Shareable views: checking values that arrive in a URL before any widget sees them.

Every choice on every page lives in the query string, so a copied link reproduces the view.
A link can be old, hand-edited or truncated; unknown values are dropped and named in a notice
(:func:`dropped_notice`) instead of raising.
"""

from __future__ import annotations

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


def clean_choices(raw: Sequence[str], options: Sequence[str], *, multi: bool) -> Cleaned:
    """Keep the raw values that are options (all of them, or the last one when not ``multi``)."""
    allowed = set(options)
    keep = [v for v in raw if v in allowed]
    dropped = tuple(dict.fromkeys(v for v in raw if v not in allowed))
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
