"""Kind (issue 10, kind 6, splitting): a lead that places the act only at a region ("stormed a
camp in Mali's Segou region on Friday, killing 14 soldiers"), and a sentence after it that gives
the same toll at a town the gazetteer lacks ("Ten soldiers and four militiamen were killed at the
camp in X, some 60 km from Y"), tell one act: one event, at the town, on the lead's day. Before,
the second sentence made a second event, dated by the day its statement was made. A toll of its
own at such a town is still another incident. Also: a country named as the other side of a border
("a village near the border with Niger") does not place the village in it. Sentences written for
this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "first", "country", "day", "killed"), [
    ("Insurgents attacked an army post in Nigeria's Borno State on Sunday, killing nine soldiers, the army said. "
     "Seven soldiers and two vigilantes died when the fighters overran the post at Kareto, a village near the "
     "border with Niger, a military source said on Monday.", "Kareto", "NG", dt.date(2025, 3, 9), 9),
    ("Fighters stormed a military camp in Mali's Segou region early on Friday, killing 14 soldiers, the army said. "
     "Ten soldiers and four militiamen were killed at the camp in Nampala, some 60 km from the town of Niono, "
     "a local official said in a statement on Saturday.", "Nampala", "ML", dt.date(2025, 3, 7), 14),
    ("Al-Shabaab fighters overran a government base in Somalia's Bakool region before dawn on Sunday, killing at "
     "least 11 soldiers, an officer said. Eight soldiers and three militiamen died in the assault on the base at "
     "Qansax, a town about 50 km west of Hudur, he said.", "Qansax", "SO", dt.date(2025, 3, 9), 11),
])
def test_the_same_toll_told_again_at_a_town_is_one_event_there(text: str, first: str, country: str,
                                                               day: dt.date, killed: int) -> None:
    events = extract_report(Report("retold", text, published=dt.date(2025, 3, 11))).events
    assert len(events) == 1
    event = events[0]
    assert (event.locations[0].name, event.locations[0].country, event.date, event.fatalities) == (
        first, country, day, killed)


def test_a_toll_of_its_own_at_another_town_is_another_event() -> None:
    text = ("Insurgents attacked an army post in Nigeria's Borno State on Sunday, killing nine soldiers, the army "
            "said. In a separate attack, gunmen killed four farmers at Kareto, a village near the border with Niger, "
            "residents said.")
    events = extract_report(Report("retold", text, published=dt.date(2025, 3, 11))).events
    assert sorted(e.fatalities or 0 for e in events) == [4, 9]


@pytest.mark.parametrize("text", [
    "Guerrillas ambushed a patrol at Campo Dos, a hamlet near the border with Venezuela, on Monday, leaving four "
    "soldiers dead, the army said.",
    "Jihadists overran a gendarmerie post in Mondoro on Sunday, killing six gendarmes, the army said. The post lies "
    "close to the frontier with Burkina Faso.",
    "Gunmen killed three farmers in Kareto, a village close to the frontier with Niger, on Monday, police said.",
])
def test_the_country_across_a_border_is_no_place_of_the_act(text: str) -> None:
    # The village is unknown to the gazetteer and no other country is named: its country is not
    # said, so no event is placed in the neighbour (unknown stays unknown).
    events = extract_report(Report("border", text, published=dt.date(2025, 3, 11))).events
    assert all(loc.country not in ("VE", "BF", "NE") for e in events for loc in e.locations)
