"""Matching an article's names to the names its question compares, leniently.

The question writes "Dijkstra's and Bellman-Ford algorithms", "relational and NoSQL databases",
"stacks and queues", "MRI and CT scans"; the article's structure writes "Dijkstra's Algorithm",
"Relational Databases (RDBMS)", "Stack Operations", "MRI (Magnetic Resonance Imaging)". Names
match on their stemmed words (case, plural, "the" and possessives do not matter), on a
parenthesised abbreviation, and on the words that set one compared name apart from the others:
a head noun the question shares out ("... algorithms", "... databases") names none of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property, lru_cache

from explorer.parsing.aspects import opens_with_aspect
from explorer.parsing.name_words import GLUE, distinct, name_words, prose_words, split_words
from explorer.parsing.names import aliases, core_name, names_the_others
from explorer.parsing.near_names import Words, misspelt, nested, versioned
from explorer.parsing.roots import ROOTS, bare_forms, root, root_lengths
from explorer.parsing.words import stem


class Anchors:
    """The compared names of one question, and which of them a name refers to."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self._long = root_lengths([split_words(n) for n in names])
        self._name_words = distinct(names, self._split(name_words))
        self._native = [frozenset(t for a in aliases(n) for t in name_words(a)) for n in names]
        self._memo: dict[str, tuple[int, ...]] = {}
        self._bare = bare_forms(w for n in names for w in split_words(n))
        others = [i for i, n in enumerate(names) if names_the_others(n)]
        self._others = others[0] if len(others) == 1 else None

    def _split(self, split: Callable[[str], list[str]]) -> Callable[[str], list[str]]:
        """``split`` with each word cut to its root (see :meth:`_roots`)."""
        return lambda text: self._roots(split(text))

    def _roots(self, words: list[str]) -> list[str]:
        """Each word cut to its root, longer where two compared names share one."""
        if not self._long:  # most questions: each word's root is its own, remembered once
            return list(map(ROOTS.__getitem__, words))
        return [root(w, self._long) for w in words]

    @cached_property
    def _prose_words(self) -> Words:
        """Built when a sentence is first asked about (prose articles only)."""
        return distinct(self.names, self._split(prose_words))

    def __bool__(self) -> bool:
        return len(self.names) >= 2

    def which(self, name: str) -> tuple[int, ...]:
        """The compared names ``name`` refers to: one, several ("UNIX/Linux", "Support for
        Java, C++ and Ada") or none."""
        hit = self._memo.get(name)
        if hit is None:
            split = self._split(name_words)(name)
            hit = (
                _closest(frozenset(split), self._name_words)
                or self._borrowed_head(name)
                or self._closed_up(name)
            )
            if len(hit) > 1 and not _LISTED.search(name) and not opens_with_aspect(name):
                # "Constructivist Learning" for "cognitive learning" and "constructivist
                # approaches", "First Line of Defense": its first word tells which
                first = [i for i in hit if split[0] in self._name_words[i][1]]
                hit = tuple(first) if len(first) == 1 else hit
            self._memo[name] = hit
        return hit

    def _borrowed_head(self, name: str) -> tuple[int, ...]:
        """ "Comedy" for "Shakespearean comedy" and "tragedy": the head noun the shorter name
        was lent (as "relational" borrows "databases") is still the longer one's own word,
        written as the name writes it (not "Methodology" for the "method" of "local field
        method")."""
        word = name_words(core_name(name))
        if len(word) != 1:
            return ()
        own = [i for i, native in enumerate(self._native) if word[0] in native]
        split = self._split(name_words)
        lent = any(
            set(split(word[0])) <= w for i, (w, _) in enumerate(self._name_words) if i not in own
        )
        return tuple(own) if len(own) == 1 and lent else ()

    def _closed_up(self, name: str) -> tuple[int, ...]:
        """ "Eurobonds" for "euro bonds", "Email" for "e-mail": the whole compared name written
        as one word."""
        key = _closed(core_name(name))
        hits = tuple(i for i, n in enumerate(self.names) if _closed(n) == key)
        return hits if len(hits) == 1 and key else ()

    def apart(self, names: list[str]) -> dict[str, tuple[int, ...]]:
        """Each of ``names`` as :meth:`which` ties it, except where two went to one compared
        name that only one of them is: the other goes to the one compared name no name went
        to that it shares a word of its own with, if no other name would. "SOHO Networks"
        and "Enterprise Networks" for "typical enterprise LANs" and "SOHO networks" both
        went to SOHO on the head noun they share, the closer match by its size; "Enterprise"
        is the other side's."""
        hits = {n: self.which(n) for n in names}
        taken = {h[0] for h in hits.values() if len(h) == 1}
        free = set(range(len(self.names))) - taken
        if not free or len(taken) >= len(hits):  # most articles: each name its own side
            return hits
        moves: dict[int, list[str]] = {}
        for side in taken:
            there = [n for n in names if hits[n] == (side,)]
            if len(there) < 2 or sum(self.named(n) == side for n in there) != 1:
                continue
            for n in there:
                own = frozenset(self._split(name_words)(n))
                shares = [i for i in free if own & self._name_words[i][1]]
                if self.named(n) != side and len(shares) == 1:
                    moves.setdefault(shares[0], []).append(n)
        for side, movers in moves.items():
            if len(movers) == 1:  # two would be a guess ("Atomic Number", "Calculate ...")
                hits[movers[0]] = (side,)
        return hits

    def named(self, name: str) -> int | None:
        """The compared name that ``name`` is, not only speaks of: it refers to that one
        alone and all its words are that one's ("Safe States" for "safe states", "Single
        Bonds" for the "single" of "single and double bonds"); None for an aspect that
        shares a word with it ("Acceptance of Drug Use" for "traditional drug enforcement")."""
        hit = self.which(name)
        if len(hit) != 1:
            return None
        own = frozenset(self._split(name_words)(core_name(name)))
        return hit[0] if own <= self._name_words[hit[0]][0] else None

    def holds_only(self, name: str, side: int) -> bool:
        """``name`` holds every word that sets compared name ``side`` apart, and not every word
        of any other: "Keras Overview" is about Keras, "Range of Stains" only shares a word
        with "special stains", "Relationship Between Path and Phase" holds both."""
        own = frozenset(self._split(name_words)(core_name(name)))
        whole = [i for i, (_, apart) in enumerate(self._name_words) if apart <= own]
        return whole == [side]

    def asked_words(self, name: str) -> bool:
        """Every word of ``name`` is a word of the compared names ("Voluntary Household
        Recycling" for "voluntary and mandatory household recycling programs")."""
        own = self._split(name_words)(core_name(name))
        return bool(own) and set(own) <= self._asked

    @cached_property
    def _asked(self) -> frozenset[str]:
        return frozenset().union(*(w for w, _ in self._name_words))

    def side_part(self, name: str, side: int) -> tuple[str, str] | None:
        """``name`` as the words of compared name ``side`` it opens or ends with, and the
        rest less the glue at the join: "Advantages of Light Microscopy" is ("Light
        Microscopy", "Advantages") for "light microscopy", "Prokaryotic Cells" is
        ("Prokaryotic", "Cells") for the "prokaryotic" of "prokaryotic and eukaryotic DNA".
        None when it neither opens nor ends with them, or is only them."""
        own = self._name_words[side][0]
        split = self._split(name_words)
        words = core_name(name).split()
        ours = [bool(set(split(w)) & own) for w in words]
        count = next((i for i, mine in enumerate(ours) if not mine), len(ours))
        if count:  # "Prokaryotic Cells"
            part, rest = words[:count], words[count:]
            while rest and rest[0].lower() in GLUE:
                rest.pop(0)
        else:  # "Advantages of Light Microscopy"
            count = next((i for i, mine in enumerate(reversed(ours)) if not mine), len(ours))
            part, rest = words[len(words) - count :], words[: len(words) - count]
            while count and rest and rest[-1].lower() in GLUE:
                rest.pop()
        group = " ".join(rest).strip(" :,-")
        return (" ".join(part), group) if count and group else None

    def group_of(self, name: str, side: int, main: str) -> str | None:
        """What ``name`` groups of side ``side``, whose own name is ``main``: the rest of
        :meth:`side_part`, when the side's part holds ``main``'s first word ("Cells" of
        "Prokaryotic DNA"; not "Oncotic Pressure" of "Hydrostatic Pressure")."""
        parts = self.side_part(name, side)
        if parts is None or not main.split():
            return None
        split = self._split(name_words)
        shared = set(split(main.split()[0])) & set(split(parts[0]))
        return parts[1] if shared else None

    def mentions(self, text: str) -> tuple[int, ...]:
        """The compared names a sentence mentions by a word of their own (no function words:
        "for" in a sentence is not "For Loops")."""
        bare = self._bare  # "Individuals ..." is no sentence about individualism
        said = [w for w in prose_words(text) if w not in bare] if bare else prose_words(text)
        words = frozenset(self._roots(said))
        hits = tuple(i for i, (_, d) in enumerate(self._prose_words) if words & d)
        k = self._others
        if (
            k is not None
            and k in hits
            and (not words & (self._prose_words[k][1] - _OTHER) or self._the_one(text))
            and not self._names_others(text)
        ):
            hits = tuple(i for i in hits if i != k)
        return hits

    def _the_one(self, text: str) -> bool:
        """ "The platform offers ..." under "How does Scrimba differ from other platforms?":
        the others' noun, only in the singular after "the", is the one compared thing."""
        assert self._others is not None
        noun = self.names[self._others].split()[-1].lower()
        one = stem(noun)
        if one == noun or not one.isalpha():
            return False
        low = text.lower()
        return noun not in low and re.search(rf"\b(?:the|this|its)\s+{one}\b", low) is not None

    def _names_others(self, text: str) -> bool:
        """ "other cores", "other types", "unlike other libraries": the others of an "X
        compared to other Ys" question; "use other methods" is no mention of them."""
        assert self._others is not None
        own = self._prose_words[self._others][0] | _CLASS_WORDS
        split = self._split(prose_words)
        return any(set(split(m.group(1))) & own for m in _OTHER_WORD.finditer(text))


def _closed(text: str) -> str:
    return re.sub(r"[\s-]+", "", text.casefold()).removesuffix("s")


_LISTED = re.compile(r"[/,&]|\s(?:and|or|vs\.?|versus)\s", re.IGNORECASE)
"""A name that lists several ("UNIX/Linux", "Java, C++ and Ada", "X vs. Y") speaks of each."""
_OTHER = frozenset({"other"})
_CLASS_WORDS = frozenset({"type", "kind", "form", "sort", "variety", "one"})
_OTHER_WORD = re.compile(r"\bother\s+(\w+(?:[\s-]+\w+)?)", re.IGNORECASE)


def _closest(words: frozenset[str], anchors: Words) -> tuple[int, ...]:
    """The compared names whose own words ``words`` use; of several, the closest (most words
    in common for their size); a tie means the name speaks of several ("UNIX/Linux")."""
    if not words:
        return ()
    hits = [i for i, (_, d) in enumerate(anchors) if words & d]
    if not hits:
        return nested(words, anchors) or misspelt(words, anchors) or versioned(words, anchors)
    if len(hits) <= 1:
        return tuple(hits)
    score = {i: len(words & anchors[i][0]) / len(words | anchors[i][0]) for i in hits}
    best = max(score.values())
    return tuple(i for i in hits if score[i] == best)


@lru_cache(maxsize=2048)
def anchors_for(names: tuple[str, ...]) -> Anchors:
    """Cached: the same question's anchors are asked about many times per article."""
    return Anchors(names)
