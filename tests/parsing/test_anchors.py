"""Which of the question's compared names a structure's name (or a sentence) refers to."""

from __future__ import annotations

import pytest

from explorer.parsing.anchors import anchors_for

WHICH = [
    (("HTTP", "HTTPS"), "HTTPS", (1,)),  # an acronym's S is no plural
    (("HTTP", "HTTPS"), "HTTP (Hypertext Transfer Protocol)", (0,)),
    (("sp2", "sp3 hybrid orbitals"), "sp³ Hybridization", (1,)),  # a superscript is its digit
    (("residence", "ordinary residence"), "Residence", (0,)),  # a name inside another
    (("residence", "ordinary residence"), "Ordinary Residence", (1,)),
    (("reduced row echelon form", "row echelon form"), "Row Echelon Form (REF)", (1,)),
    (("introversion", "extroversion"), "Extraversion", (1,)),  # one letter off
    (("amylose", "amelopectin"), "Amylopectin", (1,)),
    (("block sampling", "simple sampling"), "Sample Sizes", ()),  # two words, not a typo
    (("face-to-face interviews", "telephone surveys"), "Limited Interaction", ()),  # inter-
    (("modern art", "contemporary art"), "Cultural Context", ()),  # a shared prefix, two words
    (("series", "parallel RLC circuits"), "Series RLC Circuit", (0,)),  # "series" is singular
    (
        ("Hobbes'", "Locke's social contract theories"),
        "Thomas Hobbes' Social Contract Theory",
        (0,),
    ),
    (("Jung's Analytical Psychology", "Freudian Theory"), "Freud", (1,)),  # a name's adjective
    (("Sparta", "Athens"), "Athenian Democracy", (1,)),
    (("Asian cuisine", "European cuisine"), "Asia", ()),  # too short to be read as a name's
    (("SMTP", "POP3", "IMAP4 protocols"), "IMAP (Internet Message Access Protocol)", (2,)),
    (("IPv4", "IPv6"), "IPv5", ()),  # another version is no name of either
    (("UNIX", "Linux", "Windows"), "UNIX/Linux", (0, 1)),
    (("Dijkstra's", "Bellman-Ford algorithms"), "Edge Weight Handling", ()),
    # a head noun lent to a shorter name ("relational ... databases") is still its own name's
    (("Shakespearean comedy", "tragedy"), "Comedy", (0,)),
    (("Shakespearean comedy", "tragedy"), "Tragedy", (1,)),
    (("Newton's Laws", "local field method", "minimum principle"), "Methodology", ()),
    # A word of each: the first word tells which ...
    (("cognitive learning", "constructivist approaches"), "Constructivist Learning", (1,)),
    # ... unless the name lists both, or opens with an aspect of the other
    (("cognitive learning", "constructivist approaches"), "Cognitive vs. Constructivist", (0, 1)),
    (("types", "proteins"), "Types of Proteins", (0, 1)),
    # the whole compared name written as one word
    (("foreign bonds", "euro bonds", "global bonds"), "Eurobonds", (1,)),
    (("arc sine", "arc cosine", "arc tangent"), "Arccosine", (1,)),
    # a word only after a hyphen tells no side alone; the word before it does
    (("machine language", "high-level programming languages"), "Level of Abstraction", ()),
    (("machine language", "high-level programming languages"), "High Level", (1,)),
    (("top-down", "bottom-up processing"), "Bottom-Up Processing", (1,)),
    (("evidence-based practice", "tradition"), "Based on Research", ()),
    # boys and girls, men and women, are what males and females are written as
    (("males", "females"), "Boys", (0,)),
    (("males", "females"), "Women", (1,)),
    (("men", "women"), "Female Athletes", (1,)),
]


@pytest.mark.parametrize(("names", "name", "hits"), WHICH)
def test_which(names: tuple[str, ...], name: str, hits: tuple[int, ...]) -> None:
    assert anchors_for(names).which(name) == hits


MENTIONS = [
    ("Unlike other cores, they bake hard.", (1,)),
    ("Other types are dry.", (1,)),
    ("Founders can use other methods too.", ()),  # "other methods" are not the other cores
    ("Green sand cores stay moist.", (0,)),
]


@pytest.mark.parametrize(("sentence", "hits"), MENTIONS)
def test_mentions_of_the_others(sentence: str, hits: tuple[int, ...]) -> None:
    assert anchors_for(("green sand cores", "other types of cores")).mentions(sentence) == hits


# "the platform", in the singular after "the", is Scrimba itself, not the other platforms
PLATFORMS = [
    ("The platform offers many courses.", ()),
    ("This platform updates weekly.", ()),
    ("Most platforms record plain videos.", (1,)),
    ("Unlike other platforms, Scrimba runs code.", (0, 1)),
]


@pytest.mark.parametrize(("sentence", "hits"), PLATFORMS)
def test_the_one_is_not_the_others(sentence: str, hits: tuple[int, ...]) -> None:
    assert anchors_for(("Scrimba", "other platforms")).mentions(sentence) == hits


ISMS = [
    # an "-ism" is mentioned by its own words and its "-ist" ones ...
    (("individualism", "collectivism"), "In individualistic cultures, choice matters.", (0,)),
    (("individualism", "collectivism"), "Collectivists value harmony.", (1,)),
    # ... not by the plain word it is made of
    (("individualism", "collectivism"), "Individuals may put the group first.", ()),
    (("socialism", "capitalism"), "Social programs are paid for by taxes.", ()),
    (("mentalism", "behaviorism"), "It studies observable behaviors, not mental states.", ()),
    # an "-icism" is named by its "-ic" word
    (("realism", "romanticism"), "Romantic artists sought emotion.", (1,)),
]


@pytest.mark.parametrize(("names", "sentence", "hits"), ISMS)
def test_an_ism_is_not_the_word_it_is_made_of(
    names: tuple[str, ...], sentence: str, hits: tuple[int, ...]
) -> None:
    assert anchors_for(names).mentions(sentence) == hits


NAMED = [
    (("safe states", "swing states"), "Safe States", 0),
    (("single", "double bonds"), "Single Bonds", 0),  # the head noun the question shares out
    (("harm reduction strategies", "traditional drug enforcement methods"), "Drug Use", None),
    (("safe states", "swing states"), "Campaign Strategies", None),
    (("UNIX", "Linux", "Windows"), "UNIX/Linux", None),  # speaks of two
]


@pytest.mark.parametrize(("names", "name", "side"), NAMED)
def test_named_is_the_compared_name_not_an_aspect(
    names: tuple[str, ...], name: str, side: int | None
) -> None:
    assert anchors_for(names).named(name) == side


GROUP_OF = [
    (("light", "electron microscopy"), "Advantages of Light Microscopy", 0, "Light Microscopy",
     "Advantages"),
    (("prokaryotic", "eukaryotic DNA"), "Prokaryotic Cells", 0, "Prokaryotic DNA", "Cells"),
    (("wooden", "steel bridges"), "Upkeep of Steel Bridges", 1, "Steel Bridges", "Upkeep"),
    # Only a word shared with the side, not the word that tells the sides apart.
    (("hydrostatic pressure", "filtration"), "Oncotic Pressure", 0, "Hydrostatic Pressure", None),
    # The side's words in the middle: a name about both, not a group of one.
    (("variables", "constants"), "Interaction Between Variables and Rules", 0, "Variables", None),
    (("light", "electron microscopy"), "Light Microscopy", 0, "Light Microscopy", None),
]  # fmt: skip


@pytest.mark.parametrize(("names", "name", "side", "main", "group"), GROUP_OF)
def test_group_of_a_side(
    names: tuple[str, ...], name: str, side: int, main: str, group: str | None
) -> None:
    assert anchors_for(names).group_of(name, side, main) == group


SIDE_PART = [
    (("light", "electron microscopy"), "Advantages of Light Microscopy", 0,
     ("Light Microscopy", "Advantages")),
    (("prokaryotic", "eukaryotic DNA"), "Prokaryotic Cells", 0, ("Prokaryotic", "Cells")),
    (("packet switching", "circuit switching"), "Disadvantages of Circuit Switching", 1,
     ("Circuit Switching", "Disadvantages")),
    (("renting", "buying"), "Renting", 0, None),  # only the side's own words
    (("renting", "buying"), "Costs of Renting and Buying", 0, None),  # the side in the middle
]  # fmt: skip


@pytest.mark.parametrize(("names", "name", "side", "parts"), SIDE_PART)
def test_side_part(
    names: tuple[str, ...], name: str, side: int, parts: tuple[str, str] | None
) -> None:
    assert anchors_for(names).side_part(name, side) == parts


HOLDS_ONLY = [
    # every word that sets the side apart, and no other side whole: a section about it
    (("Keras", "PyTorch"), "Keras Overview", 0, True),
    (("Keras", "PyTorch"), "Keras Overview", 1, False),
    # one shared word is no more than speaking of it
    (("special stains", "standard staining techniques"), "Range of Stains", 0, False),
    (("special stains", "standard staining techniques"), "Visualization Techniques", 1, False),
    # both sides whole: about them both
    (("Keras", "PyTorch"), "Keras and PyTorch Together", 0, False),
]  # fmt: skip


@pytest.mark.parametrize(("names", "name", "side", "holds"), HOLDS_ONLY)
def test_holds_only(names: tuple[str, ...], name: str, side: int, holds: bool) -> None:
    assert anchors_for(names).holds_only(name, side) is holds


APART = [
    # Both went to "SOHO networks" on the shared head noun; "Enterprise" is the other's word.
    (("typical enterprise LANs", "SOHO networks"), ["SOHO Networks", "Enterprise Networks"],
     [(1,), (0,)]),
    (("term LLCs", "those with indefinite duration"), ["Term LLCs", "Indefinite LLCs"],
     [(0,), (1,)]),
    # Each name already its own side: as which() says.
    (("stacks", "queues"), ["Stacks", "Queues"], [(0,), (1,)]),
    # Two names would move to the one free side: a guess, so neither moves.
    (("example calculation of atomic", "mass numbers"),
     ["Atomic Number", "Mass Number", "Calculate the Number of Neutrons"], [(1,), (1,), (1,)]),
    # A second name of the same side shares no word with the free one: it stays.
    (("typical enterprise LANs", "SOHO networks"), ["SOHO Networks", "Home Networks"],
     [(1,), (1,)]),
]  # fmt: skip


@pytest.mark.parametrize(("names", "given", "hits"), APART)
def test_apart_gives_a_free_side_its_name(
    names: tuple[str, ...], given: list[str], hits: list[tuple[int, ...]]
) -> None:
    assert list(anchors_for(names).apart(given).values()) == hits
