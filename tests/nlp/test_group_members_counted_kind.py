"""Kind (issue 10, kind 1: figures): a toll that counts a group's members by the group's name,
coordinated with a count of people ("Fifteen Wazalendo and two soldiers died", "34 VDP and six
soldiers are killed").  No word list knows every militia's or self-defence group's name, so the
name counts people when the next conjunct does; the toll is the sum, with each part kept.  Before,
only the second part was counted.  Sentences written for this test."""

from __future__ import annotations

import pytest

from eventwire.nlp.casualties import find_casualties


@pytest.mark.parametrize(("text", "kind", "value", "parts"), [
    ("Fifteen Wazalendo and two soldiers died in fighting near Sake on Thursday.", "killed", 17,
     ["Wazalendo", "soldiers"]),
    ("Thirty-four VDP and six soldiers are killed during an ambush near Titao.", "killed", 40,
     ["VDP", "soldiers"]),
    ("Twelve Imbonerakure and three policemen were wounded in clashes on Monday.", "injured", 15,
     ["Imbonerakure", "policemen"]),
    ("At least nine Koglweogo and four gendarmes were killed in the attack.", "killed", 13,
     ["Koglweogo", "gendarmes"]),
    ("Six al-Shabaab and two Kenyan soldiers were killed in the raid, the army said.", "killed", 8,
     ["al-Shabaab", "Kenyan soldiers"]),
])
def test_a_group_name_coordinated_with_people_counts_its_members(text: str, kind: str, value: int,
                                                                  parts: list[str]) -> None:
    (mention,) = [m for m in find_casualties(text) if m.kind == kind]
    assert (mention.value, [b.description for b in mention.breakdowns]) == (value, parts), text


@pytest.mark.parametrize("text", [
    # The next conjunct counts no people: the figures are not one toll.
    "Forty Hellfire and 12 rockets were fired at the base.",
    # A month after the first number is a date, not a group.
    "Between 3 March and 5 April, 40 people were killed.",
])
def test_a_capitalised_word_before_no_people_is_no_group(text: str) -> None:
    assert not any(len(m.breakdowns) == 2 for m in find_casualties(text)), text
