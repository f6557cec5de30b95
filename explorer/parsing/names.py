"""Names: how the parser tells subjects from attributes, and short forms from full names.

Articles of this family put subjects and attributes in the same Markdown shapes, transposed:
``### Keras`` + ``- **High-Level API**: ...`` versus ``1. **Edge Weight Handling**:`` +
``- **Dijkstra's Algorithm**: ...``. Their own question tells them apart: it names what is
compared ("How do Keras, TensorFlow, and PyTorch differ ..."). :class:`Namer` scores names
against the question and title, and resolves short forms ("Well-Known Ports",
"RDBMS", "Use Relational Databases When") to the subject they stand for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol

from explorer.parsing.words import name_key, tokens

_PARENTHETICAL = re.compile(r"\s*\(([^)]*)\)")


def names_the_others(name: str) -> bool:
    """ "other types of loans": the others of "How does cash credit differ from other types of
    loans?", compared as one group."""
    return name.lower().startswith("other ")


def core_name(name: str) -> str:
    """The name without its parenthetical: "Well-Known Ports (0-1023)" -> "Well-Known Ports"."""
    if "(" not in name:  # most names: the pattern would scan them for nothing
        return name.strip() or name
    return _PARENTHETICAL.sub("", name).strip() or name


def aliases(name: str) -> list[str]:
    """Ways an article may refer to a subject: full, without and inside parentheses, halves of a/b."""
    return list(_aliases(name))


@lru_cache(maxsize=4096)
def _aliases(name: str) -> tuple[str, ...]:
    found = [name, core_name(name)]
    found += [m.group(1) for m in _PARENTHETICAL.finditer(name)]
    found += [part for part in core_name(name).split("/") if len(part.strip()) > 1]
    return tuple(a.strip() for a in found if a.strip())


@lru_cache(maxsize=4096)
def _halves(name: str) -> frozenset[str]:
    """The keys of a slashed name's halves ("CRISPR/Cas9": "crispr", "cas9"; most: none)."""
    core = core_name(name)
    return (
        frozenset(name_key(p) for p in core.split("/") if p.strip()) if "/" in core else frozenset()
    )


UNANCHORED = 0.4
"""The most a name the question does not compare can score when the question names what it
compares: below the subject threshold, so structure never makes it a subject on its words."""


class Matcher(Protocol):
    """Which of the question's compared names a name refers to (see :mod:`.anchors`)."""

    names: tuple[str, ...]

    def which(self, name: str) -> tuple[int, ...]: ...

    def apart(self, names: list[str]) -> dict[str, tuple[int, ...]]: ...

    def named(self, name: str) -> int | None: ...

    def holds_only(self, name: str, side: int) -> bool: ...

    def asked_words(self, name: str) -> bool: ...

    def side_part(self, name: str, side: int) -> tuple[str, str] | None: ...

    def group_of(self, name: str, side: int, main: str) -> str | None: ...

    def mentions(self, text: str) -> tuple[int, ...]: ...

    def __bool__(self) -> bool: ...


class Namer:
    """Scores names against the article's own question, and resolves names to known subjects."""

    def __init__(self, *context: str, anchors: Matcher | None = None) -> None:
        self.context = frozenset(t for text in context for t in tokens(text))
        self.anchors = anchors if anchors else None
        self.subjects: list[str] = []
        self._keys: dict[str, str] = {}
        self._own_keys: dict[str, frozenset[str]] = {}  # each subject's aliases, as keys
        # Memos: the layout asks about the same few names many times per article. The
        # resolution memo is cleared whenever a subject is added.
        self._context_scores: dict[str, float] = {}
        self._resolved: dict[str, str | None] = {}
        self._words: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

    def relevance(self, name: str) -> float:
        """1.0 for a known subject or a name the question compares; else the share of the
        name's words the question uses, kept below a compared name's when the question names
        what it compares (then "Importance of Data Types" is not one of "Java, C++, and Ada")."""
        if self.resolve(name):
            return 1.0
        score = self._context_scores.get(name)
        if score is None:
            words = tokens(core_name(name)) or tokens(name)
            score = sum(w in self.context for w in words) / len(words) if words else 0.0
            if self.anchors is not None:  # naming several ("X vs Y") is naming none of them
                hits = len(self.anchors.which(name))
                score = 1.0 if hits == 1 else 0.0 if hits else min(score, UNANCHORED)
            self._context_scores[name] = score
        return score

    def mean_relevance(self, names: Iterable[str]) -> float:
        scores = [self.relevance(n) for n in names]
        return sum(scores) / len(scores) if scores else 0.0

    def add(self, name: str, *, exact: bool = False) -> str:
        """Register ``name`` as a subject (or return the subject it already resolves to).

        ``exact`` matches known subjects by name or alias only, for a name that is a subject's
        own heading: sibling headings are distinct subjects even when one's words contain
        another's once stopwords are gone ("For Loops" is only "loop", inside "While Loops";
        "Class A Networks" is "class network", inside "Class B Networks").
        """
        known = self.resolve_exact(name) if exact else self.resolve(name)
        if known:
            return known
        self.subjects.append(name)
        keys = frozenset(name_key(alias) for alias in aliases(name))
        for key in keys:
            self._keys.setdefault(key, name)
        self._own_keys[name] = keys
        own = frozenset(t for alias in aliases(name) for t in tokens(alias))
        self._words[name] = (own, frozenset(tokens(core_name(name))))
        self._resolved.clear()
        return name

    def retain(self, subjects: list[str]) -> None:
        """Keep only ``subjects`` (once the whole article is read and some names turned out
        not to be subjects), in that order; new names among them are added."""
        self.subjects, self._keys, self._own_keys, self._words = [], {}, {}, {}
        self._resolved.clear()
        self._context_scores.clear()
        for subject in subjects:
            self.add(subject, exact=True)

    def resolve_exact(self, name: str) -> str | None:
        """The known subject ``name`` or one of its aliases names, without word containment.

        A half of a slashed name is no name for a subject that only shares that half:
        "CRISPR/Cas12a" is not "CRISPR/Cas9" (though "Linux" is "UNIX/Linux"). Nor is a
        parenthetical shared by two names that the question tells apart: "Molality (m)" is
        not "Molarity (M)", though their symbols are one letter in two cases."""
        for alias in aliases(name):
            key = name_key(alias)
            hit = self._keys.get(key)
            halved = hit and "/" in hit and "/" in name and key in _halves(name) & _halves(hit)
            if hit and not halved and not self._told_apart(name, hit):
                return hit
        return None

    def _told_apart(self, name: str, subject: str) -> bool:
        """The question's compared names tie ``name`` and ``subject`` to two different ones."""
        if self.anchors is None:
            return False
        mine, theirs = self.anchors.which(name), self.anchors.which(subject)
        return len(mine) == 1 and len(theirs) == 1 and mine != theirs

    def is_own_name(self, name: str, subject: str) -> bool:
        """``name`` (whole, or without its parenthetical) is ``subject``'s name or one of its
        aliases ("ZFNs" for "Zinc finger nucleases (ZFNs)"). Unlike :meth:`resolve_exact`,
        an alias is asked of this subject only: "Perceiving (P)" shares "P" with "Judging (J)
        vs. Perceiving (P)" but is not that subject's name."""
        keys = self._own_keys.get(subject, frozenset())
        return name_key(name) in keys or name_key(core_name(name)) in keys

    def resolve(self, name: str) -> str | None:
        """The known subject ``name`` refers to, or None when it refers to none or to several.

        Exact and alias matches first ("Well-Known Ports" for "Well-Known Ports (0-1023)",
        "RDBMS" for "Relational Databases (RDBMS)"); then word containment either way, which
        must pick out exactly one subject ("Use NoSQL Databases When" -> "NoSQL Databases",
        but "Operations" matches both "Stack Operations" and "Queue Operations": no match).
        """
        if not self.subjects:
            return None
        if name in self._resolved:
            return self._resolved[name]
        hit = self.resolve_exact(name)
        if hit is None:
            words = set(tokens(core_name(name)))
            hits = [subject for subject in self.subjects if self._contains(subject, words)]
            if len(hits) == 1 and self.anchors is not None:
                hits = [h for h in hits if self._same_side(name, h)]
            hit = hits[0] if len(hits) == 1 else None
        self._resolved[name] = hit
        return hit

    def _same_side(self, name: str, subject: str) -> bool:
        """A name for one compared thing is never a name that covers others as well: under
        "### Difference Between Iteration and Simple Repetition", ``- **Simple Repetition**:``
        is one side of the comparison, not that heading's group, though its words are all
        among the heading's."""
        assert self.anchors is not None
        mine = self.anchors.which(name)
        return len(mine) != 1 or self.anchors.which(subject) in ((), mine)

    def _contains(self, subject: str, words: set[str]) -> bool:
        """``words`` are all among the subject's, or hold all of its core words."""
        own, core = self._words[subject]
        return bool(words) and (words <= own or (bool(core) and core <= words))

    def starts_with_subject(self, text: str) -> str | None:
        """The subject a sentence opens with ("PyTorch is preferred for ..."), if any."""
        head = text.lstrip("*_ ").lower()
        best: tuple[int, str] | None = None
        for subject in self.subjects:
            for alias in aliases(subject):
                a = alias.lower()
                if not head.startswith(a):
                    continue
                whole_word = len(head) == len(a) or not head[len(a)].isalnum()
                if whole_word and (best is None or len(a) > best[0]):
                    best = (len(a), subject)
        return best[1] if best else None
