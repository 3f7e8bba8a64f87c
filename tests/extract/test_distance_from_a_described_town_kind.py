"""Kind (issue 10, kind 2, places): a town that a distance is measured from is a landmark for the
reader, also when the report describes it before its name ("some 60 kilometres north of the
regional capital, X", "about 30 km north of the city of X"); before, only
a bare or one-word-described town ("30 km north of X", "north of the town X") was a landmark, and a
described one came first, before the village the act hit. A name after a preposition that follows
the distance ("40 km south of X in Y") is still a place of its own. Sentences written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "first", "landmark"), [
    ("Gunmen killed seven herders in Kwall, a village some 40 km south of the city of Jos, on Monday, "
     "police said.", "Kwall", "Jos"),
    ("Militants ambushed an army patrol near Mora, some 60 kilometres north of the regional capital, Maroua, "
     "on Friday, killing three soldiers, a military source said.", "Mora", "Maroua"),
    ("Shells landed in Vyshhorod, about 20 km north of the capital city Kyiv, overnight, wounding four "
     "people, the regional governor said.", "Vyshhorod", "Kyiv"),
    ("Fighters stormed Damboa, some 85 km south of the city of Maiduguri, on Sunday, killing nine civilians, "
     "residents said.", "Damboa", "Maiduguri"),
    ("Bandits killed eleven villagers in Unguwan Dutse, a settlement roughly 50 km west of the Zamfara capital "
     "Gusau, late on Saturday, a local official said.", "Unguwan Dutse", "Gusau"),
    ("Drones struck the village of Bilohirka, about 30 kilometres north of the regional centre Kherson, on "
     "Sunday, killing two people, officials said.", "Bilohirka", "Kherson"),
])
def test_a_described_town_a_distance_is_measured_from_is_a_landmark(text: str, first: str, landmark: str) -> None:
    events = extract_report(Report("distance", text, published=dt.date(2025, 3, 12))).events
    assert len(events) == 1
    names = [loc.name for loc in events[0].locations]
    assert names[0] == first
    assert landmark not in names[:1]


def test_a_name_after_a_preposition_past_the_distance_is_a_place() -> None:
    text = ("Gunmen killed five villagers in an attack 40 km south of Jos in Barkin Ladi on Sunday, police "
            "said.")
    events = extract_report(Report("distance", text, published=dt.date(2025, 3, 12))).events
    assert events[0].locations[0].name == "Barkin Ladi"


@pytest.mark.parametrize(("text", "first", "landmark"), [
    ("Gunmen kill nine in hamlet near Jos\n\nGunmen killed nine people in Kwall, Plateau State, on Monday, "
     "police said. Kwall lies about 40 km south of Jos.", "Kwall", "Jos"),
    ("Militants storm village near Gusau, killing 11\n\nBandits killed eleven villagers in Unguwan Dutse late on "
     "Saturday, a local official said. Unguwan Dutse is about 50 km west of the Zamfara capital, Gusau.",
     "Unguwan Dutse", "Gusau"),
])
def test_a_headline_placing_the_act_by_the_town_does_not_undo_the_landmark(text: str, first: str,
                                                                           landmark: str) -> None:
    events = extract_report(Report("distance", text, published=dt.date(2025, 3, 12))).events
    assert len(events) == 1
    names = [loc.name for loc in events[0].locations]
    assert names[0] == first
    assert landmark not in names[:1]
