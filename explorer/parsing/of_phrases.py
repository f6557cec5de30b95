"""Compared names joined by "of", and names owned by others: which words are the name.

"the sugar components of DNA" and "RNA" compare DNA and RNA, "the quaternary structure of
proteins" and "the tertiary structure" compare the structures, "Internet of Things (IoT)" is
one name, and "Laertes' desire for revenge" compared to "Hamlet's" compares Laertes and
Hamlet. :mod:`.question` finds the names; these helpers say which part of each is the name.
"""

from __future__ import annotations

import re

from explorer.parsing.abbreviations import spelled_start
from explorer.parsing.aspects import is_aspect
from explorer.parsing.names import names_the_others
from explorer.parsing.words import tokens

_OF_TAIL = re.compile(r"\s+of\s+.*$", re.IGNORECASE)
_ORDINAL = re.compile(r"^(?:[A-Z]|\d+|[IVX]+)\b")


def spelled_out(names: list[str]) -> list[str]:
    """ "Class A, B, and C networks", "Type 1 and 2 diabetes": the later names leave out the
    word the first one opens with ("Class B", "Type 2 diabetes")."""
    words = names[0].split() if names else []
    if len(words) != 2 or not _ORDINAL.fullmatch(words[1]):
        return names
    return [names[0]] + [
        f"{words[0]} {n}" if _ORDINAL.match(n) and not n.lower().startswith(words[0].lower()) else n
        for n in names[1:]
    ]


def shared_tail(names: list[str], *, one_list: bool = True) -> list[str]:
    """Names without the words they share: in "evolutionary and revolutionary theories of
    social change" the "of ..." tail is every name's, in "the sugar components of DNA and
    RNA" the lead before "of" is. A last name that is not of the others' list (the Age of
    Reason in "the Enlightenment from the Age of Reason") shares no tail with them."""
    out = spelled_out(list(names))
    others = bool(out) and names_the_others(out[-1])  # "other types of X" is whole
    if one_list and len(out) >= 2 and not others and all(len(n.split()) == 1 for n in out[:-1]):
        out[-1] = _OF_TAIL.sub("", out[-1]) or out[-1]
    cut = last_of(out[0]) if len(out) >= 2 and " of " in out[0] else None
    if cut is not None and _short_others(out[0][cut + 4 :], out[1:], one_list=one_list):
        lead, tail = out[0][:cut], out[0][cut + 4 :]
        # "the quaternary structure of proteins" and "the tertiary structure": the lead is
        # the name when the other names end in its noun; "the Court of Appeal and High Court":
        # a lead that is only that noun is part of the name.
        head = lead.split()[-1].lower() if lead.split() else ""
        named = any(n.split()[-1].lower() == head for n in out[1:] if n.split())
        if not named and not _THE.match(tail) and not _about_any(lead, tail, out[1:]):
            out[0] = tail
        elif len(lead.split()) > 1:
            out[0] = lead
    return out


def _short_others(tail: str, others: list[str], *, one_list: bool) -> bool:
    """The other names are short enough to be the first one's kin: two words ("RNA", "the
    tertiary structure"), or, in one list, three when the first name's tail is one word that
    shares their head ("the energy requirements of passive and active transport methods")."""
    if all(len(n.split()) <= 2 for n in others):
        return True
    return (
        one_list
        and len(tail.split()) == 1
        and all(len(n.split()) <= 3 and " of " not in n and not names_the_others(n) for n in others)
    )


_THE = re.compile(r"the\s+[a-z]")
"""A tail of "the" and a common noun ("CT imaging of the pancreas" compared to "MRI") is what
the compared names are about, not one of them ("the sugar components of DNA" and "RNA", "the
methodology of the Milesians" and "mythological narratives")."""

_AN = re.compile(r"an?\s+[a-z]")


def _about_any(lead: str, tail: str, others: list[str]) -> bool:
    """ "the domain of a function" and "the range": any function, what both are about; "the
    legal position of a limited partnership" and "a general partnership": one of the two; "the
    concept of a monsoon" and "a sea breeze": the monsoon, of which "concept" is an aspect."""
    if not _AN.match(tail) or is_aspect(lead.split()[-1] if lead.split() else ""):
        return False
    head = tail.split()[-1].lower()
    return not any(n.split()[-1].lower() == head for n in others if n.split())


_OPENING_QUOTE = re.compile("(?:^|(?<=\\s))['\"\u2018\u201c]")
_CLOSING_QUOTE = re.compile("['\"\u2019\u201d](?=\\s|$|[,.?;:])")


def last_of(name: str) -> int | None:
    """Where the last " of " outside quotes and abbreviated names starts: "modern
    interpretations of 'Heart of Darkness'" is cut before the title, not inside it, and
    "Internet of Things (IoT)" or "Age of Reason" is not cut at all."""
    if _PROPER_OF.fullmatch(name):
        return None
    spelled = _spelled_start(name)
    for m in reversed(list(re.finditer(" of ", name))):
        head = name[: m.start()]
        if spelled is not None and spelled <= m.start():
            continue
        if len(_OPENING_QUOTE.findall(head)) <= len(_CLOSING_QUOTE.findall(head)):
            return m.start()
    return None


_PROPER_OF = re.compile(r"(?:[A-Z][a-z]+ )+of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)*")
"""A name whose words around "of" are all capitalized is one name ("the Age of Reason", "the
Treaty of Versailles"), not an aspect of what follows."""

_ABBREVIATED = re.compile(r"\s\(([A-Z][A-Za-z]*[A-Z])s?\)")


def _spelled_start(name: str) -> int | None:
    """Where the words an abbreviation in ``name`` spells out start ("denial of service
    (DoS)": at "denial"), or None."""
    m = _ABBREVIATED.search(name)
    return spelled_start(name[: m.start()], m.group(1)) if m else None


def of_aspects(names: list[str]) -> list[str]:
    """ "the sizes and shapes of bacterial and eukaryotic cells": names that open with aspects
    of what follows "of" are that ("bacterial", "eukaryotic cells"); so are aspects listed
    before two or more names once the "of" is gone ("characteristics" of "the characteristics
    and functions of fast twitch and slow twitch muscle fibers")."""
    at = next((i for i, n in enumerate(names) if " of " in n), 0)
    lead, _, rest = names[at].partition(" of ") if at else ("", "", "")
    if rest and is_aspect(lead) and all(is_aspect(n) for n in names[:at]):
        return [rest, *names[at + 1 :]]
    first = next((i for i, n in enumerate(names) if not is_aspect(n)), len(names))
    return names[first:] if first and len(names) - first >= 2 else names


_ITS = re.compile(r"^\s*(?:its|their)\s+\S", re.IGNORECASE)


def owned_lead(first: str, other: str) -> str:
    """ "the mathematical representation of Newton's law" compared to "its conceptual
    understanding": the other is the law's too, so the first name is the lead before its
    "of" ("mathematical representation"), not the law both belong to."""
    cut = first.find(" of ") if _ITS.match(other) else -1
    return first[:cut].strip() or first if cut > 0 else first


_POSSESSIVE = re.compile(
    r"^(?:the\s+)?(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*?)(?:'s|(?<=s)'|’s|(?<=s)’)$"
)


def possessors(first: str, other: str) -> list[str] | None:
    """ "Laertes' desire for revenge" compared to "Hamlet's": the two owners ("Laertes",
    "Hamlet") are what is compared, the second leaving the thing owned out. None unless
    both are possessives."""
    second = _POSSESSIVE.match(other.strip())
    owner = _POSSESSIVE.match(first.split(None, 2)[0]) if first.strip() else None
    if second is None or owner is None:
        return None
    return [owner.group("who"), second.group("who")]


def owner_of_aspects(last: str, other: str) -> str:
    """What the aspects named are of, when the other compared name is a thing of its kind:
    "the speed and precision of CNC lathes" compared with "mechanical lathes" (or "the dynamics
    of tsunami waves" with "regular ocean waves") names aspects of CNC lathes ("" when the
    heads differ: "the structure and function of DNA" with "RNA" is read by the aspect words
    themselves)."""
    cut = last_of(last)  # not inside "denial of service (DDoS)" or "Age of Reason"
    if cut is None:
        return ""
    lead, owner = last[:cut], _ARTICLE.sub("", last[cut + 4 :])
    heads, own, aspect = tokens(other), tokens(owner), tokens(lead)
    if not (heads and own and aspect) or aspect[-1] in heads:  # "points of view" on both sides
        return ""
    if names_the_others(other) and not _OWNED_BY.match(lead):
        return owner  # "the etiology of HCC" compared with "other liver cancers": HCC's
    return owner if heads[-1] == own[-1] else ""


_ARTICLE = re.compile(r"^(?:an?|the)\s+(?=[a-z])")
_OWNED_BY = re.compile(r"^\S+(?:'s|’s|s'|s’)\s")
"""A lead owned by someone ("Donne's metaphysical exploration of love"): the owner is the
compared name, not what follows "of"."""
