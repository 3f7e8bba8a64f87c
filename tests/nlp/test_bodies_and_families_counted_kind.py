"""Kind (issue 10, kind 1: figures): the dead counted by their bodies ("the bodies of 11 villagers
were found", "rescuers recovered 12 bodies", "the remains of seven people") or as a family ("an
air strike killed a family of five") were not counted, or counted as one.  Bodies are the dead,
whatever is done with them ("the bodies of six people were taken to hospital" are no injured).
Sentences written for this test."""

from __future__ import annotations

import pytest

from eventwire.nlp.casualties import find_casualties


@pytest.mark.parametrize(("text", "value"), [
    ("The bodies of 11 villagers were found near the river on Tuesday, a local official said.", 11),
    ("Rescuers recovered 12 bodies from the rubble of the market.", 12),
    ("Eighteen bodies were brought to the morgue after the raid, a nurse said.", 18),
    ("Soldiers found the remains of seven people in a shallow grave outside the town.", 7),
    ("The bodies of six people were taken to hospital in Goma.", 6),
    ("An air strike killed a family of five in Idlib on Wednesday, rescuers said.", 5),
    ("Shelling wiped out a family of four and killed an entire family of six in the village.", 6),
])
def test_bodies_and_families_count_the_dead(text: str, value: int) -> None:
    assert [m.value for m in find_casualties(text) if m.kind == "killed"][-1:] == [value], text


def test_a_family_of_victims_is_no_count() -> None:
    """"The families of three victims" count no dead of their own."""
    assert find_casualties("The families of three victims demanded justice outside the court.") == []
