"""Kind (issue 10, kind 7, figures): a figure whose counted people carry a lower-case noun before them
("45 junta troops were killed", "six rebel fighters died", "eleven suspected militants are killed")
was no figure: only listed words, names and demonyms could stand between the number and its kind
word.  A verb or an adjective before the wounds ("suffered serious injuries") is no such noun.
Sentences written for this test."""

from __future__ import annotations

import pytest

from eventwire.nlp.casualties import find_casualties


@pytest.mark.parametrize(("text", "figures"), [
    ("The rebels said 45 junta troops were killed when the post fell.", [("killed", 45)]),
    ("Six rebel fighters died in the raid on the camp.", [("killed", 6)]),
    ("Eleven suspected militants are killed in a drone strike.", [("killed", 11)]),
    ("Twelve army conscripts were killed and 20 militia members wounded.", [("killed", 12), ("injured", 20)]),
    ("Nine passengers suffered serious injuries when the bomb went off.", [("injured", 9)]),
    ("Three police stations were attacked overnight.", []),
])
def test_a_noun_before_the_counted_people(text: str, figures: list[tuple[str, int]]) -> None:
    assert [(c.kind, c.value) for c in find_casualties(text)] == figures
