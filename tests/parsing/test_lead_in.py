"""A sentence leading into a list names the list's group, as a bold group label would."""

from __future__ import annotations

import pytest

from explorer.parsing.lead_ins import lead_in_group

CASES = [
    ("The advantages of centralization include:", "", "Advantages"),
    ("However, centralization can also lead to drawbacks such as:", "", "Drawbacks"),
    ("It offers several advantages over traditional fluorescence microscopy:", "", "Advantages"),
    ("However, decentralization also presents challenges, such as:", "", "Challenges"),
    # what the list answers, named before, is not its group
    ("Digitization plays a crucial role in addressing some of these challenges:", "", None),
    # two groups joined are no one group
    ("Here are the main features and advantages of tuples:", "", None),
    ("The advantages and disadvantages are:", "", None),
    # everything said of a subject is a characteristic: no group
    ("The key characteristics of state functions include:", "", None),
    # under a name that already weighs that way, the group is not repeated
    ("Its advantages include:", "Benefits of Tidal Energy", None),
    ("Its drawbacks include:", "Benefits of Tidal Energy", "Drawbacks"),
    ("Its advantages include:", "Advantages and Disadvantages", None),
]


@pytest.mark.parametrize(("lead", "within", "group"), CASES)
def test_a_lead_in_names_the_group(lead: str, within: str, group: str | None) -> None:
    assert lead_in_group(lead, within) == group
