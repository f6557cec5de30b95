"""Words: the stemmed, lower-case forms by which names are matched and scored.

"Stacks" and "Stack", "Dijkstra's" and "Dijkstra", "Freudian" and "Freud" are one form here,
while an acronym keeps its final S ("HTTPS" is not "HTTP"). :mod:`.names` scores and resolves
names by these forms, and :mod:`.anchors` matches them to the question's compared names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from explorer.memo import Memo

_TOKEN = re.compile(r"[^\W_]+(?:[+#]+)?|/\d+")  # the common alternative first
# "non-conventional" is one word, not "conventional" (nor is "post-impressionism").
WORD_PREFIXES = (
    "non", "post", "pre", "neo", "anti", "semi", "sub", "multi", "inter", "intra", "trans",
    "pseudo", "hyper", "hypo", "ultra", "micro", "macro", "meta", "para", "mono", "poly", "bi",
    "tri", "co",
)  # fmt: skip
"""Prefixes that make one word with the word they are hyphened to."""
_PREFIXED = re.compile(rf"\b({'|'.join(WORD_PREFIXES)})-(?=[a-z])", re.IGNORECASE)
# Words that name nothing in a compared name or a question (one list, read as a list).
STOPWORDS = frozenset(
    """
    a an and are as at be between by can compare compared comparison do does each explain
    for from how in into is it its of on or over than that the their them these they this
    those to use used using versus vs what when where which while who why with would you
    your differ differs difference differences different main key
    """.split()  # noqa: SIM905 (62 words read better as one paragraph than as 62 lines)
)


_SAME_PLURAL = frozenset({"series", "species", "means", "news", "headquarters", "crossroads"})


def stem(word: str) -> str:
    """A crude English singular, enough to match "stacks" with "Stack" and "addresses" with
    "Address"; "physics", "ethics" and "series" are their own singular."""
    if len(word) <= 3 or not word.isalpha() or word.endswith("ics") or word in _SAME_PLURAL:
        return word
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """Significant, stemmed, lower-case words of ``text`` ("Dijkstra's" -> "dijkstra").

    Cached (a tuple, so the cached value cannot be changed): the same few names are scored
    against the question many times per article."""
    return tuple(t for t in words(text) if t not in STOPWORDS)


@lru_cache(maxsize=16384)
def words(text: str) -> tuple[str, ...]:
    """Stemmed lower-case words, stopwords included: "Dijkstra's" is "dijkstra", "sp²" is
    "sp2" (the superscript as the digit it stands for), and an acronym keeps its final S
    ("HTTPS" is not the plural of "HTTP"; "GPUs" is of "GPU").

    Cached: a name is split here for its score (:func:`tokens`) and again for the question's
    compared names (:mod:`.anchors`)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    if "s" in text and ("'" in text or "\u2019" in text):
        text = text.replace("'s", "").replace("\u2019s", "")
    if "-" in text:
        text = _PREFIXED.sub(r"\1", text)
    return tuple(map(_FORMS.__getitem__, _TOKEN.findall(text)))


def _form(token: str) -> str:
    """One word's form: lower case and singular; an acronym keeps its final S; a proper
    name's adjective is the name ("Freudian" is "freud", "Bayesian" is "bayes")."""
    if token.isupper() and len(token) > 1:
        return token.lower()
    form = stem(token.lower())
    if len(form) >= _NAMED_ADJECTIVE and form.endswith("ian") and token[0].isupper():
        return form[:-3]  # "Milesians" and "Milesian" alike
    return form


_NAMED_ADJECTIVE = 7
"""The shortest proper name's adjective read as the name: "Freudian", "Kantian" (not
"Asian")."""


_FORMS = Memo(_form)


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """A name's identity: its stemmed words, stopwords included ("For Loops" and "While Loops"
    are both just "loop" without them)."""
    return " ".join(words(name)) or name.strip().lower()


def capitalized(text: str) -> str:
    """``text`` opening with a capital, as a name or sentence shown on its own ("water cooling"
    is "Water cooling", "anti-Japanese sentiment" "Anti-Japanese sentiment"); a first word
    that already holds one before any hyphen ("fMRI", "mRNA", "iOS") stays as written."""
    first = text.split(None, 1)[0].split("-", 1)[0] if text.strip() else ""
    return text if first != first.lower() else text[:1].upper() + text[1:]
