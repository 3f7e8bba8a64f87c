"""Kind (issue 10, kind 2, first location): a part of a town named with any of the words news uses
for it is the incident's first place, held by the town: "the Kinama quarter of Bujumbura", "the
Gikondo ward of Kigali" (words that were no unit words), "the Al-Karama suburb of Homs" (a name the
gazetteer knows only abroad), "the Zamzam displacement camp" (a camp described by what it holds),
"Ndosho commune on the edge of Goma" (a part on a side of the town), and "the Hodan district of the
capital" (the capital the text named before).  Before, the part was dropped, placed abroad or
listed after the town; an all-capital group's name before "attacks base" stays no place.
Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "first", "country"), [
    ("Two people were killed and nine wounded when attackers threw a grenade into a shop in the Kinama quarter "
     "of Bujumbura on Monday, police said.", "Kinama", "BI"),
    ("Unidentified gunmen shot dead a shopkeeper in the Gikondo ward of Kigali late on Friday, a police "
     "spokesman said.", "Gikondo", "RW"),
    ("A drone strike on a house in the Tuffah quarter of Gaza City killed seven people on Saturday, civil "
     "defence officials said.", "Tuffah", "PS"),
    ("Shells struck the Al-Karama suburb of Homs on Sunday, killing six civilians, a monitor said.",
     "Al-Karama", "SY"),
    ("An air strike hit tents in the Zamzam displacement camp south of El Fasher on Monday, killing 11 people, "
     "aid workers said.", "Zamzam", "SD"),
    ("Fighters stormed the Kalma refugee camp near Nyala on Sunday and killed four people, camp leaders said.",
     "Kalma", "SD"),
    ("Soldiers clashed with rebels in Ndosho commune on the edge of Goma on Tuesday, leaving five fighters dead, "
     "the army said.", "Ndosho", "CD"),
    ("Rebels ambushed an army patrol in Kibati locality on the outskirts of Goma on Monday, killing three "
     "soldiers, a military source said.", "Kibati", "CD"),
    ("Mogadishu: Three people were killed on Monday when a mortar shell hit a house in the Hodan district of the "
     "capital, police said.", "Hodan", "SO"),
    ("Police in Kabul said a bomb killed four worshippers at a mosque on Monday. The blast hit the "
     "Qala-e-Fathullah area of the capital, a spokesman said.", "Qala-e-Fathullah", "AF"),
    ("Fighting flared in Khartoum on Sunday. Shells landed on homes in the Kalakla neighbourhood of the "
     "capital, killing nine people, a medical group said.", "Kalakla", "SD"),
])
def test_the_part_of_a_town_comes_first(text: str, first: str, country: str) -> None:
    events = extract_report(Report("part", text, published=dt.date(2025, 3, 4))).events
    assert len(events) == 1
    assert (events[0].locations[0].name, events[0].locations[0].country) == (first, country)
    assert len(events[0].locations) == 2  # the part, then the town that holds it


@pytest.mark.parametrize(("text", "places"), [
    # A sea named before a port still only describes the town.
    ("Russian forces shelled the Black Sea port of Odesa on Sunday, killing three people, the governor said.",
     ["Odesa"]),
    # A group's acronym before "attacks base" is no camp's name.
    ("Governor condemns market blast as ISWAP attacks base in Damboa\n\nFighters attacked a military base in "
     "Damboa on Saturday night, killing five soldiers, military sources said.", ["Damboa"]),
])
def test_words_that_only_describe_stay_no_part(text: str, places: list[str]) -> None:
    events = extract_report(Report("describe", text, published=dt.date(2025, 3, 4))).events
    assert [location.name for event in events for location in event.locations] == places
