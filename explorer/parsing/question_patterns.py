"""The patterns a question is read with: the comparison words, where the compared names are,
and where a list of names ends.

:mod:`explorer.parsing.question` tries :data:`PATTERNS` in order, most specific first, and turns
what their groups hold into names; the patterns live here so that the reading stays short and
each pattern can be read (and tested) on its own.
"""

from __future__ import annotations

import re

# Words that make a question a comparison even when it names no subjects. Some name one thing
# each: "comparison operators", "comparative advantage", "social comparison", a comparator,
# comparability, a compartment, calculus's "differentiation" and "differential equations",
# "product differentiation", "differential reinforcement" ("differential diagnoses" are
# conditions told apart, and compare), consumer preferences, "the category of contemporary
# art" (one category; "Category D and X drugs" are named), "a type of rigid motion", "the type
# of news", "fitness trade-offs" (but "the trade-offs between X and Y", "X and Y trade-offs").
COMPARES = re.compile(
    r"\b(?:differ(?!entia(?:tion|l(?!\s+diagnos))|entiab)\w*|"
    r"(?<!social\s)compar(?!ison\s+operators?\b|ative\s+advantage\b|ators?\b|abilit|tment)\w*|"
    r"contrast\w*|distinguish\w*|vs\.?|versus|similarit\w*|"
    r"types|kinds|(?<!\ba\s)(?<!\bthe\s)(?:type|kind)|categories|category\s+(?-i:[A-Z0-9])|"
    r"classes\s+of|"
    r"(?:different|various|main|major)\s+classes|"
    r"varieties|forms of|better\s+(?:than|suited|choice|option)|prefer(?!ences?\b)\w*|choose|"
    r"which (?:one|is)|trade-?offs?\s+between|and\s+(?:[\w-]+\s+){1,3}?trade-?offs?|"
    r"var(?:y|ies|ied)\s+between)\b",
    re.IGNORECASE,
)
COMPARES_HINTS = (
    "differ", "compar", "contrast", "distinguish", "vs", "versus", "similarit", "type", "kind",
    "categor", "classes", "varieties", "forms of", "better",
    "prefer", "choose", "which ", "trade", "var",
)  # fmt: skip
"""A piece of text each of :data:`COMPARES`'s words holds: most questions hold none, and the
pattern, which opens with a word boundary, is tried at every position."""


def says_compare(text: str) -> bool:
    """:data:`COMPARES`, tried only when a piece of one of its words is there."""
    folded = text.casefold()  # as IGNORECASE matches: "ſ" is "s", the Kelvin sign "k"
    return any(h in folded for h in COMPARES_HINTS) and bool(COMPARES.search(text))


# Where the compared names are, most specific first; each pattern's groups hold name lists.
# (An aside inside a list, "positive stress (eustress) and negative stress", does not end it.)
END = (
    r"(?=(?<!such)\s+(?:in terms of|in|on|for|when|as|that|which|who|whose|with respect to|regarding|during|within|among|"
    r"under|at|based on|according to|across|to|concerning|relative to|and why|and how|and what|"
    r"and when|and which|and can|and explain|and describe|and discuss)\b|\s+(?:\w+\s+)?(?:them|it|this|these|each other|one another)\b|\s*(?:[?;:]|(?<!\b[A-Z])\.|\((?![^()]{1,40}\)(?:\s+(?:and|or|vs\.?|versus|from|to|with)\b|\s*[?.]?\s*$)))|\s*,\s*(?:and\s+|but\s+)?(?:when|how|what|why|which|where|"
    r"who|including|especially|particularly|respectively)\b|\s*$)"
)
_LIST = r"(?P<{name}>.+?)"
# "compare" used intransitively ("X and Y compare in their approach", "... compare to Y") is
# followed by what they are compared in or with, not by the compared names.
_VERB = r"(?!\s+(?:in|on|across|among|to|with|against|favou?rably|well)\b)"
# "the differences between", "How do X vary between": what opens a "between" list.
_BETWEEN = (
    r"\b(?:differen(?:ces?|tiate|tiating)|differs?|var(?:y|ies|ied)|distinctions?|"
    r"distinguish(?:es|ing)?|contrasts?)\s+(?:\w+\s+){0,3}?between\s+"
)
PATTERNS = tuple(
    re.compile(
        p.format(
            a=_LIST.format(name="a"),
            b=_LIST.format(name="b"),
            end=END,
            verb=_VERB,
            between=_BETWEEN,
        ),
        re.IGNORECASE,
    )
    for p in (
        r"{between}{a}{end}",
        # "between a shift in supply and a movement along the curve": the list above ended at
        # its first "in", before naming a second thing; "between" needs two, so it goes on
        # (through "and", but not past a stop: "states of matter: solid, liquid and gas").
        r"{between}(?P<a>[^:;?.]+?\s(?:and|&)\s.+?){end}",
        (
            r"\b(?:distinguish(?:es|ing)?|differentiat(?:e|es|ing))\s+(?:between\s+)?{a}\s+"
            r"(?:from|and)\s+{b}{end}"
        ),
        (
            r"\bhow\s+(?:do|does|did|can|might|would)\s+{a}\s+"
            r"(?:differ(?!ent\b)\w*|compare|be\s+distinguished)"
            r"(?:\s+(?:from|to|with|against)\s+{b}{end})?"
        ),
        # "Explain how SCP differs from FTP": no auxiliary, the verb inflected
        (
            r"\bhow\s+(?!(?:do|does|did|can|might|would|much|many|far|is|are|was|were)\b){a}\s+"
            r"(?:differs|differed|compares|compared)\s+(?:from|to|with|against)\s+{b}{end}"
        ),
        # "What is acceleration, and how is it different from velocity?", "How is agape
        # distinguished from other forms of love?"
        (
            r"\bhow\s+(?:is|are|was|were)\s+{a}\s+(?:different|distinguished)\s+"
            r"(?:from|than|to)\s+{b}{end}"
        ),
        r"\b(?:compare|contrast)(?:\s+and\s+contrast)?{verb}\s+{a}\s+(?:with|to|against)\s+{b}{end}",
        r"\b(?:compare|contrast)(?:\s+and\s+contrast)?{verb}\s+{a}{end}",
        (
            r"^{a}\s+(?:differ\w*\s+from|compared?\s+(?:to|with)|vs\.?|versus|in contrast to|"
            r"as opposed to)\s+{b}{end}"
        ),
        r"\bsimilarit(?:y|ies)\s+(?:and\s+differences?\s+)?between\s+{a}{end}",
        # "What sets Python apart from Java?", "What separates a virus from a bacterium?",
        # "How is a stack unlike a queue?"
        r"\b(?:sets?|separates?)\s+{a}\s+(?:apart\s+)?from\s+{b}{end}",
        r"\bhow\s+(?:is|are|was|were)\s+{a}\s+unlike\s+{b}{end}",
        # "the advantages of using water cooling over air cooling": X weighed against Y
        (
            r"\b(?:advantages?|benefits?|disadvantages?|drawbacks?|strengths?|merits?)\s+of\s+"
            r"(?:using\s+)?{a}\s+over\s+{b}{end}"
        ),
        # "Which is better for beginners, Python or Java?", "Should I learn Python or Java?"
        (
            r"^(?:which|what)\b[^,?]*\b(?:better|best|prefer\w*|suits?|suited|recommended|"
            r"ideal|choose)\b[^,?]*,\s*{a}\s+or\s+{b}\s*\?"
        ),
        r"\bshould\s+(?:i|you|we|one)\s+(?:use|choose|learn|pick|prefer)\s+{a}\s+or\s+{b}{end}",
        # "Why are statistical predictions often more reliable than clinical predictions?",
        # "In what scenarios is numerical integration preferred over analytical integration?"
        (
            r"\b(?:is|are|was|were)\s+{a}\s+(?:(?:often|generally|usually|typically)\s+)?"
            r"(?:(?:(?:more|less)\s+[\w-]+|better|worse)\s+than|preferred\s+(?:over|to))\s+"
            r"{b}{end}"
        ),
    )
)
VAGUE = re.compile(
    r"^(?:it|they|them|this|that|these|those|each|one another|each other|other\b.*|others|"
    r"one|both|the other|its|their|itself|themselves)$",
    re.IGNORECASE,
)
# "How does cash credit differ from other types of loans?": the others, as a group, are the
# second compared name (the article's sentences about them are its column).
OTHERS = re.compile(r"^other\s+(?!ones?\b)[\w-]+", re.IGNORECASE)
_WORD = (
    r"(?:(?<![\w+#./'’-])(?!(?:how|what|why|when|where|which|who|do|does|did|is|are|was|were|can|could|you|"
    r"we|they|it|and|or|used|explain|describe|list)\b)[\w+#./'’-]+)"
)
# A list's first name opens with no preposition ("used in budget preparation and control").
_NOT_PREPOSITION = r"(?!(?:in|on|of|to|for|with|at|by|from|into|about|through)\b)"
COORDINATION = re.compile(
    rf"(?P<a>{_NOT_PREPOSITION}(?:{_WORD}\s+){{0,3}}?{_WORD}"
    rf"(?:\s*,\s*(?:{_WORD}\s+){{0,3}}?{_WORD})*"
    rf",?\s+and\s+(?:{_WORD}\s*){{1,4}}?)" + END,
    re.IGNORECASE,
)
WHAT_IS = re.compile(r"\b(?:what|how|why)\s+(?:is|are|was|were)\s+(?P<a>.+?)" + END, re.IGNORECASE)
ASKS = re.compile(
    r"\?|^\s*(?:what|how|why|when|where|which|who|whose|is|are|does|do|can|should|could|"
    r"explain|describe|discuss|list|define|outline|summari[sz]e|identify|name|state)\b",
    re.IGNORECASE,
)


# A word each pattern needs, looked for before the pattern is tried (most questions need
# one or two of them; trying them all cost more than the rest of the parse).
NEEDS: tuple[tuple[str, ...], ...] = (
    ("between",),
    ("between",),
    ("distinguish", "differentiat"),
    ("differ", "compar", "distinguished"),
    ("differ", "compar"),
    ("different", "distinguished"),
    ("compar", "contrast"),
    ("compar", "contrast"),
    ("differ", "compar", "vs", "versus", "contrast", "opposed"),
    ("similarit",),
    ("apart", "separat"),
    ("unlike",),
    ("over",),
    (" or ",),
    (" or ",),
    ("than", "preferred"),
)


# "How does X VERB ... compared to Y": after the auxiliary the verb is bare. Verbs that take an
# object and are seldom nouns there (not "impact", "play", "form" of "environmental impact",
# "symbolic play"); a word after a determiner or a preposition is a noun ("the help of X").
AUXILIARY = re.compile(r"\bhow\s+(?:do|does|did)\s", re.IGNORECASE)
BARE_VERB = re.compile(
    r"(?:affect|improve|enhance|create|provide|implement|influence|handle|produce|transmit|"
    r"manage|protect|promote|reduce|prevent|regulate|achieve|deliver|offer|utilize|generate|"
    r"maintain|represent|reflect|develop|detect|address|conduct|benefit|help|treat|apply|"
    r"exhibit|demonstrate)$",
    re.IGNORECASE,
)
NOT_BEFORE_VERB = re.compile(
    r"(?:the|a|an|its|their|his|her|our|this|these|those|of|in|on|for|with|to|by|and|or)$",
    re.IGNORECASE,
)
NO_OBJECT = re.compile(
    r"(?:in|on|at|to|for|with|by|from|as|into|across|between|among|during|under|over|when|"
    r"while|\w+ly)$",
    re.IGNORECASE,
)
"""After the verb, a word that opens no object: what follows may hold the compared name
("How do resistors behave differently when connected in parallel compared to in series?")."""
VERSUS_WORD = re.compile(r"\b(?:vs\b|versus\b)", re.IGNORECASE)


# A court case is named "A vs. B" ("the Plessy vs. Ferguson case", "the case The Queen vs.
# Dudley and Stevens"): one case, not two things compared.
_PARTY = r"(?:[A-Z][\w.'’-]*|of|the|and|&)"
CASE_NAME = re.compile(
    rf"\b(?:vs\.?|versus)(?=\s+[A-Z][\w.'’-]*(?:\s+{_PARTY}){{0,5}}\s+case\b)"
    rf"|(?<=\bcase\s)(?P<parties>(?:of\s+)?(?:[A-Z][\w.'’-]*\s+){{1,5}})(?:vs\.?|versus)"
    r"(?=\s+[A-Z])"
)


def without_case_names(text: str) -> str:
    """``text`` with the "vs." of a court case's name written "v", which no pattern reads."""
    return CASE_NAME.sub(r"\g<parties>v", text) if "case" in text else text


def phrase_after(prepositions: str) -> re.Pattern[str]:
    """A phrase opened by one of ``prepositions`` ("in|on"), up to where a list of names
    ends: what follows a name the question's :data:`END` cut short."""
    return re.compile(rf"\s+({prepositions})\s+(.+?)" + END, re.IGNORECASE)
