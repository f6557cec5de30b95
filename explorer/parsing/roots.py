"""Word roots for matching compared names: long words match on their first letters.

"induction" is "Inductive Reasoning", "relational" is "Relations", and a typo
("Macroeepidemiology") still finds "macroepidemiology"; but where two compared names share a
root ("hydrophilic and hydrophobic"), their words are cut longer, where they differ.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from explorer.memo import Memo

ROOT_LETTERS = 6
"""How many first letters a long word matches on."""


SAME_AS = {
    "boy": "male", "man": "male", "men": "male",
    "girl": "female", "woman": "female", "women": "female",
}  # fmt: skip
"""Words an article writes for a compared name's ("How do visual-spatial skills differ between
males and females?" is answered about boys and girls), by the compared name's word."""


def root(word: str, long: dict[str, int] | None = None) -> str:
    """``word`` cut to its root: six letters, or as many as ``long`` (from
    :func:`root_lengths`) says its root needs; short words and non-words stay whole."""
    word = SAME_AS.get(word, word)
    if len(word) <= ROOT_LETTERS or not word.isalpha():
        return word
    cut = word[:ROOT_LETTERS]
    return word[: long.get(cut, ROOT_LETTERS)] if long else cut


ROOTS = Memo(root)
"""Each word's six-letter root (no longer roots): most questions need no other."""


def _common(a: str, b: str) -> int:
    """How many leading letters two words share."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def root_lengths(names: list[tuple[str, ...]]) -> dict[str, int]:
    """Roots two compared names (each as its words) share, with the length that tells
    their words apart.

    "hydrophilic and hydrophobic substances", "thermoplastics and thermosetting plastics",
    "CRISPRi and CRISPRa", "schizoid and schizotypal": cut to six letters, both names' own
    words are one root and neither can be told from the other. Those words match on the
    letters up to the first one that differs; all others keep the lenient six-letter root."""
    by_root: dict[str, dict[str, int]] = {}
    for i, name in enumerate(names):
        for w in name:
            if len(w) > ROOT_LETTERS and w.isalpha():
                by_root.setdefault(w[:ROOT_LETTERS], {})[w] = i
    long: dict[str, int] = {}
    for root, spelled in by_root.items():
        if len(set(spelled.values())) < 2:
            continue  # one name's own words ("relational", "relations") stay lenient
        ordered = sorted(spelled)
        shared = max(_common(a, b) for a, b in pairwise(ordered))
        long[root] = shared + 1
    return long


def bare_forms(words: Iterable[str]) -> frozenset[str]:
    """The plain words each "-ism" among ``words`` is made of ("individual", "social",
    "collective"): they share its root, but a sentence about individuals is not one about
    individualism (its "-ist" and "-istic" words are). An "-icism" is named by its "-ic"
    word ("Romantic artists" are Romanticism's)."""
    bases = {
        w[:-3]
        for w in words
        if w.endswith("ism") and not w.endswith("icism") and len(w) > ROOT_LETTERS
    }
    return frozenset(b + end for b in bases for end in ("", "e"))


VERSIONED_STEM = 3
"""The fewest letters before a version number ("IMAP4", "Python3"; not "A1" or "B12")."""


def versions(a: str, b: str) -> bool:
    """Two words that are one name with and without its version number: "imap" and "imap4".
    Two versions ("ipv4", "ipv6") are two names."""
    if a == b or (a[-1:].isdigit() and b[-1:].isdigit()):
        return False
    stem_a, stem_b = a.rstrip("0123456789"), b.rstrip("0123456789")
    return stem_a == stem_b and len(stem_a) >= VERSIONED_STEM and stem_a.isalpha()
