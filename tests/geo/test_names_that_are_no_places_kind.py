"""Kind (trial 10, issue 10 kind 2): capitalised words around a place frame that name no place:
a people's word in an indefinite description ("a Peul hamlet"), the tail of an armed group's
name ("Islamic State West Africa Province"), a numbered military unit ("the army's 6th Infantry
Division").  The place the act hit stays.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "place", "not_place"), [
    ("Gunmen attacked a Peul hamlet near Djibo on Sunday, killing five villagers, local officials said.",
     "Djibo", "Peul"),
    ("Jihadists raided a Mossi hamlet outside Kaya on Monday, killing seven people, a local official said.",
     "Kaya", "Mossi"),
    ("Rebels attacked a Bororo camp near Bossangoa on Sunday, killing five herders, local officials said.",
     "Bossangoa", "Bororo"),
    ("Gunmen raided a Fulani settlement near Bokkos on Sunday, killing five people, police said.", "Bokkos", "Fulani"),
    ("Fighters of Islamic State West Africa Province attacked a military base in Marte on Sunday, killing six "
     "soldiers, the army said.", "Marte", "West Africa Province"),
    ("Militants ambushed a patrol near Datu Piang on Sunday, killing two soldiers, said Major Ana Cruz, "
     "spokeswoman for the army's 11th Infantry Division.", "Datu Piang", "Infantry Division"),
    ("Rebels attacked an outpost near Rutshuru, Congo, on Sunday, killing three soldiers, a spokesman for the "
     "army's 34th Military Region said.", "Rutshuru", "Military Region"),
])
def test_no_place_is_made_of_a_name_word(text: str, place: str, not_place: str) -> None:
    events = extract_report(Report("names", text, published=dt.date(2025, 3, 10))).events
    assert len(events) == 1, events
    names = [location.name for location in events[0].locations]
    assert names[0] == place and not_place not in names, names
