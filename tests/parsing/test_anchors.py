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
    (("series", "parallel RLC circuits"), "Series RLC Circuit", (0,)),  # "series" is singular
    (
        ("Hobbes'", "Locke's social contract theories"),
        "Thomas Hobbes' Social Contract Theory",
        (0,),
    ),
    (("UNIX", "Linux", "Windows"), "UNIX/Linux", (0, 1)),
    (("Dijkstra's", "Bellman-Ford algorithms"), "Edge Weight Handling", ()),
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
