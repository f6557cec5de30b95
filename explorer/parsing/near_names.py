"""Names that share no word of a compared name's own and are that name all the same.

:mod:`.anchors` ties a structure's name to a compared name by the words that set it apart;
when none match, three near misses still do: a compared name nested in another ("residence"
and "ordinary residence"), a word one letter off ("Extraversion" for "extroversion"), and a
name with or without its version ("IMAP" for "IMAP4"). Each holds for exactly one name or
for none.
"""

from __future__ import annotations

from explorer.parsing.roots import ROOT_LETTERS, versions

Words = list[tuple[frozenset[str], frozenset[str]]]
"""Per compared name: all its words (with the head noun it shares), and those of its own."""


def nested(words: frozenset[str], anchors: Words) -> tuple[int, ...]:
    """A compared name inside another ("residence" and "ordinary residence", "row echelon
    form" and "reduced row echelon form") has no words of its own: a name with all its words
    and none of the others' own words is that one."""
    others = frozenset().union(*(d for _, d in anchors))
    hits = [i for i, (w, d) in enumerate(anchors) if not d and w and w <= words]
    return tuple(hits) if len(hits) == 1 and not words & others else ()


def versioned(words: frozenset[str], anchors: Words) -> tuple[int, ...]:
    """A name with or without its version ("IMAP" for "IMAP4"), for exactly one name."""
    hits = {i for i, (_, own) in enumerate(anchors) for d in own for w in words if versions(w, d)}
    return tuple(hits) if len(hits) == 1 else ()


def misspelt(words: frozenset[str], anchors: Words) -> tuple[int, ...]:
    """A long word one letter off a compared name's own ("Extraversion" for the question's
    "extroversion", "Amylopectin" for "amelopectin"), when it is so for exactly one name.
    Not at the root's last letter: "Interaction" and "interviews" are two words that share
    a prefix ("inter"), as are "transfer" and "transit", not one word misspelt; nor at its
    second ("sample" and "simple")."""
    hits = {
        i
        for i, (_, own) in enumerate(anchors)
        for w in words
        for d in own
        if len(w) == len(d) == ROOT_LETTERS
        and w[:2] == d[:2]
        and w[-1] == d[-1]
        and _one_apart(w, d)
    }
    return tuple(hits) if len(hits) == 1 else ()


def _one_apart(a: str, b: str) -> bool:
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1
