"""How subjects are shown (``explorer.parsing.leads``): a shared aspect lead left out, an
elided head noun given back; table-driven."""

from __future__ import annotations

import pytest

from explorer.parsing.leads import shared_lead, with_shared_head

LEADS = [
    (["Characteristics of Progressive Taxes", "Characteristics of Regressive Taxes"], 2),
    (["Key Features of Oligopoly", "Key Features of Monopolistic Competition"], 3),
    (["Primary Structure of DNA", "primary structure of RNA"], 3),
    (["Functions of the Ovum", "Functions of Sperm Cells"], 2),
    (["Historical Context of Baroque Art", "Historical Context of Modern Art"], 3),
    (["CPR Techniques for Adults", "CPR Techniques for Children"], 3),
    (["Nature of Criminal Law", "Nature of Civil Law"], 2),
    # a lead that is part of the names, or no aspect, stays
    (["Law of Sines", "Law of Cosines"], 0),
    (["Conservation of Mass", "Conservation of Volume"], 0),
    (["Resistors in Series", "Resistors in Parallel"], 0),
    # nothing shared, one subject, or a name left empty or alike another
    (["Dictionaries in Python", "Tuples in Python"], 0),
    (["Characteristics of Sleep"], 0),
    (["Characteristics of", "Characteristics of Sleep"], 0),
    (["Benefits of Tea", "Benefits of tea"], 0),
]


@pytest.mark.parametrize(("subjects", "words"), LEADS)
def test_shared_lead(subjects: list[str], words: int) -> None:
    assert shared_lead(subjects) == words


HEADS = [
    # the article says the first name with the head noun (or with part of the tail)
    (["strong", "weak acids"], "A strong acid ionises fully.", ["strong acids", "weak acids"]),
    (["Greek", "Egyptian creation myths"], "Greek myths begin with Chaos.",
     ["Greek creation myths", "Egyptian creation myths"]),
    (["small", "medium-sized veins", "large veins"], "Small veins drain the skin.",
     ["small veins", "medium-sized veins", "large veins"]),
    # a one-word last name borrows the first one's head the same way
    (["secondary active transport", "primary"], "Primary active transport uses ATP.",
     ["secondary active transport", "primary active transport"]),
    (["Aerobic respiration", "anaerobic"], "Anaerobic respiration makes lactate.",
     ["Aerobic respiration", "anaerobic respiration"]),
    (["South Korea's education system", "U.S."], "The U.S. education system is local.",
     ["South Korea's education system", "U.S."]),
    (["active transport", "diffusion"], "Diffusion is passive transport.",
     ["active transport", "diffusion"]),
    # it does not: the first name is a thing of its own
    (["brushwork", "color theory"], "Brushwork gives texture; theory guides colour.",
     ["brushwork", "color theory"]),
    (["residence", "ordinary residence"], "Residence residence.", ["residence", "ordinary residence"]),
    (["strong", "weak acids"], "Strong bases are another matter.", ["strong", "weak acids"]),
    (["Strong", "weak acids"], "strongacids", ["Strong", "weak acids"]),
    # a name of several words, or names of one word each, are left as they are
    (["very strong", "weak acids"], "very strong acids", ["very strong", "weak acids"]),
    (["Keras", "PyTorch"], "Keras PyTorch", ["Keras", "PyTorch"]),
]  # fmt: skip


@pytest.mark.parametrize(("names", "text", "shown"), HEADS)
def test_with_shared_head(names: list[str], text: str, shown: list[str]) -> None:
    assert with_shared_head(names, text) == shown
