"""Whom is a sentence about? Set aside sentences filed under one subject that speak of another.

Articles file sentences under a subject's heading, but a sentence there may be about a rival:
under "Keras", "TensorFlow Serving handles deployment." is TensorFlow's, not Keras's. Counting
it for the heading's subject would put words in the article's mouth, so the Themes view asks,
for every sentence, which subject is its *topic*: the first subject it names that is not inside
a reference phrase ("compared to X", "unlike X", "runs on X", "including X"), together with any
subjects coordinated with it ("X and Y both ..."). A sentence that names no subject as its
topic ("It is simple.", "This makes it robust.") belongs to the subject it is filed under.

Plain patterns, on purpose, like the tagger: deterministic and explainable by the words matched.
Subjects are found by every alias the parser knows (:func:`explorer.parsing.names.aliases`) and
by the words that tell a subject from its siblings ("Stack Operations" and "Queue Operations"
are found as "stack" and "queue", "Dijkstra's Algorithm" as "Dijkstra").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from explorer.parsing.names import aliases, core_name
from explorer.parsing.words import tokens

_REFERENCE_BEFORE = re.compile(
    r"(?<!\w)(?:unlike|than|to|with|like|over|versus|vs\.?|including|includes?|such\s+as"
    r"|of|from|into|onto|on|atop|beyond|besides|via|by|using|in|for|alongside|against"
    r"|between|among|and|or|nor"
    r"|which|that|who|whose|where|whereas|while|although|though|but|because|since|if|when"
    r"|unless)"
    r"\s+(?:(?:a|an|the|its|their|both|either|plain|standard)\s+)?$",
    re.IGNORECASE,
)
"""Words that make the name right after them a reference, not the sentence's topic.

Prepositions ("compared to X") and the openers of a subordinate clause ("which X cannot do",
"while X offers ..."): the main clause's subject comes elsewhere. ``and``/``or`` are here so that in "Keras and TensorFlow" the second name counts only through
coordination with the first (see :meth:`Mentions.topic`).
"""

_PRONOUN_OPENING = re.compile(r"^\W*(?:it|its|this|these|they|their|such)\b", re.IGNORECASE)
"""A sentence that opens on a pronoun is about what it is filed under ("It is faster than X")."""

TOPIC_WITHIN_WORDS = 8
"""A topic is named early: a name further into the sentence is an object or an aside."""

_TOPIC_OPENING = re.compile(r"^\s*(?:in|for|with|within)\s+(?:the\s+)?$", re.IGNORECASE)
"""A sentence that opens "In X, ...", "For X, ..." or "With X, ..." is about X."""

_COORDINATION = re.compile(r"^\s*(?:,\s*)?(?:(?:and|or|&)\s+)?(?:the\s+)?$", re.IGNORECASE)
"""What may stand between two names of one coordinated topic: ", ", " and ", ", and the "."""

_ORDINARY_WORD = re.compile(r"(?:ed|ing|ly)$", re.IGNORECASE)
"""A participle or adverb: alone, not a name ("Registered" of "Registered Ports")."""

_PLURAL = r"(?:e?s|['\u2019]s)?"
_SEPARATOR = r"[\s\-/]+"


@dataclass(frozen=True)
class Mention:
    """One subject named in a sentence, at ``start:end``."""

    subject: str
    start: int
    end: int


def _form_pattern(form: str, *, proper: bool) -> str:
    """A name's words, any spacing or hyphen between them, plural or possessive allowed.

    Case is ignored ("Pytorch" is PyTorch), except for a ``proper`` one-word name, whose first
    letter must be written as in the name: "Go" and "Swift" are names, "go" and "swift" words.
    """
    words = [re.escape(w) for w in re.split(r"[\s\-]+", form.strip()) if w]
    if proper and len(words) == 1 and form[0].isalpha():
        words[0] = f"(?-i:{re.escape(form[0])}){re.escape(form[1:])}"
    return _SEPARATOR.join(words) + _PLURAL


def _distinctive(subject: str, others: Sequence[str]) -> str | None:
    """The name without the head noun its siblings share: "Stack Operations" -> "Stack".

    ``None`` when nothing would be dropped (the aliases cover the name), when nothing is left,
    when the shared part is a phrase rather than a head noun ("Infrastructure as a Service":
    "infrastructure" alone is an ordinary word), or when what is left is one participle or
    adverb ("Registered" of "Registered Ports"): alone, such a word is prose, not a name.
    """
    words = core_name(subject).split()
    siblings = [set(tokens(core_name(o))) for o in others]
    while words and all(set(tokens(words[-1])) <= s for s in siblings):
        if not tokens(words[-1]):
            return None  # a stopword: the shared part is a phrase ("as a Service")
        words.pop()
    if not words or len(words) == len(core_name(subject).split()):
        return None
    short = " ".join(words)
    if len(short) < 3 or (len(tokens(short)) == 1 and _ORDINARY_WORD.search(short)):
        return None
    return short


def _usable(alias: str) -> bool:
    """An alias worth looking for: not a bare number ("16" of "/16") nor only stopwords."""
    return len(alias) > 1 and bool(tokens(alias)) and (alias.startswith("/") or not alias.isdigit())


class Mentions:
    """The subjects of one article, compiled once: where each is named in a sentence."""

    def __init__(self, subjects: Sequence[str]) -> None:
        self.subjects: tuple[str, ...] = tuple(subjects)
        forms: list[tuple[str, str, bool]] = []
        for subject in self.subjects:
            others = [s for s in self.subjects if s != subject]
            forms += [(subject, a, True) for a in aliases(subject) if _usable(a)]
            short = _distinctive(subject, others) if others else None
            if short:  # a common noun once its siblings' head noun is gone ("stack", "queue")
                forms.append((subject, short, False))
        forms.sort(key=lambda f: len(f[1]), reverse=True)  # the fullest name wins an overlap
        self._patterns = tuple(
            (s, re.compile(rf"(?<![\w/-]){_form_pattern(n, proper=p)}(?![\w-])", re.IGNORECASE))
            for s, n, p in dict.fromkeys(forms)
        )

    def find(self, sentence: str) -> list[Mention]:
        """Every subject named in ``sentence``, left to right, overlapping names resolved."""
        taken: list[Mention] = []
        for subject, pattern in self._patterns:
            for m in pattern.finditer(sentence):
                if all(m.end() <= t.start or m.start() >= t.end for t in taken):
                    taken.append(Mention(subject, m.start(), m.end()))
        return sorted(taken, key=lambda t: t.start)

    def topic(self, sentence: str) -> frozenset[str]:
        """The subjects ``sentence`` is about, by its wording; empty when it names none as topic."""
        if _PRONOUN_OPENING.match(sentence):
            return frozenset()
        found = self.find(sentence)
        for i, mention in enumerate(found):
            before = sentence[: mention.start]
            if len(before.split()) > TOPIC_WITHIN_WORDS:
                break
            if _REFERENCE_BEFORE.search(before) and not _TOPIC_OPENING.match(before):
                continue
            group = {mention.subject}
            end = mention.end
            for nxt in found[i + 1 :]:
                if not _COORDINATION.match(sentence[end : nxt.start]):
                    break
                group.add(nxt.subject)
                end = nxt.end
            return frozenset(group)
        return frozenset()

    def about_other(self, sentence: str, subject: str) -> str | None:
        """The other subject a sentence filed under ``subject`` is about, or ``None`` if its own."""
        topic = self.topic(sentence)
        if not topic or subject in topic:
            return None
        return next(s for s in self.subjects if s in topic)


@lru_cache(maxsize=64)
def mentions_for(subjects: tuple[str, ...]) -> Mentions:
    """The compiled :class:`Mentions` of a set of subjects, built once per article's subjects."""
    return Mentions(subjects)
