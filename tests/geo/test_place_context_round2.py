"""Places, second round (issue 10, kind 2), on sentences written for these tests.

- a region named before a name with a possessive ("X region's Y township") contains it: the town
  of that region is chosen, or the name is kept there when the gazetteer lacks it;
- a river or sea named before "port/town of Y" describes Y: the town is the place;
- a name the gazetteer lacks in a strong place frame ("a base in X", "near X", "X district") is
  kept by its name in the report's country instead of falling back to the dateline city;
- districts and areas are places ("Y district", "the Y area").
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract.core import extract_report
from eventwire.geo.frames import is_water_body
from eventwire.geo.names import normalize_name
from eventwire.records import Location, Report

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 5, 8)


def event_places(text: str) -> list[Location]:
    result = extract_report(Report("t", text, PUBLISHED))
    return [location for event in result.events for location in event.locations]


def first_place(text: str) -> Location:
    places = event_places(text)
    assert places, text
    return places[0]


# --- a region's possessive contains the name after it ------------------------------------------

@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [("An air strike hit a school in Magway region's Pauk township, killing seven children.",
      "Pauk", "MM", "Magway"),
     ("Bandits killed 11 villagers in Zamfara state's Tsafe district, police said.",
      "Tsafe", "NG", "Zamfara State"),
     ("Gunmen abducted 20 worshippers from a church in Kaduna state's Kajuru area on Sunday.",
      "Kajuru", "NG", "Kaduna State"),
     ("Soldiers killed two suspected militants in Katsina state's Faskari district.",
      "Faskari", "NG", "Katsina State"),
     ("Junta jets bombed a village in Sagaing region's Salin township on Friday, killing nine civilians.",
      "Salin", "MM", "Sagaing Region")],
)
def test_round2_a_regions_possessive_contains_the_name(text: str, name: str, country: str, admin1: str) -> None:
    place = first_place(text)
    assert normalize_name(place.name) == normalize_name(name), (place.name, place.country)
    assert (place.country, place.admin1) == (country, admin1)


# --- a river or sea before "port of Y" describes the town --------------------------------------

@pytest.mark.parametrize(
    ("text", "town", "country"),
    [("A missile struck a ship repair yard in the Black Sea port of Odesa, killing two workers.", "Odesa", "UA"),
     ("Shelling hit the Dnipro river town of Nikopol on Sunday, wounding three people.", "Nikopol", "UA"),
     ("A drone hit a warehouse in the Azov Sea port of Berdyansk, wounding two guards.", "Berdyansk", "UA"),
     ("A missile hit the Caspian Sea town of Kaspiysk, wounding five sailors.", "Kaspiysk", "RU"),
     ("Russian strikes hit the Dnipro river city of Zaporizhzhia on Monday, killing three.", "Zaporizhzhia", "UA"),
     ("Russian drones destroyed a grain warehouse in the Danube port of Reni in Ukraine's Odesa region, "
      "officials said.", "Reni", "UA")],
)
def test_round2_the_town_on_the_water_is_the_place(text: str, town: str, country: str) -> None:
    places = event_places(text)
    assert places and normalize_name(places[0].name) == normalize_name(town), [(p.name, p.country) for p in places]
    assert places[0].country == country
    assert not any(is_water_body(p) for p in places), [(p.name, p.feature) for p in places]
    assert not any(normalize_name(p.name) in ("danube", "dnipro") for p in places)


# --- an unknown name in a place frame beats the dateline city ----------------------------------

@pytest.mark.parametrize(
    ("text", "name", "country", "dateline"),
    [("NIAMEY, Oct 2 (AFP) - Suspected jihadists killed nine soldiers in Niger in an ambush near Tabatol, "
      "the defence ministry said.", "Tabatol", "NE", "Niamey"),
     ("KABUL, May 1 (Reuters) - A bomb killed three people at a market in Kharwandi district, police said.",
      "Kharwandi", "AF", "Kabul"),
     ("MOGADISHU, Aug 12 (Reuters) - Al Shabaab fighters stormed a military base in Elbaraf on Saturday, "
      "killing six soldiers.", "Elbaraf", "SO", "Mogadishu"),
     ("ADDIS ABABA, Feb 2 (Reuters) - Fano militiamen attacked an army camp in Gashena on Monday, killing "
      "11 soldiers.", "Gashena", "ET", "Addis Ababa"),
     ("LAGOS, July 7 (Reuters) - Gunmen killed 14 villagers near Dogon Dawa in Nigeria, police said.",
      "Dogon Dawa", "NG", "Lagos"),
     ("BAMAKO, March 3 (Reuters) - Jihadist fighters attacked a Malian army camp in Dioura on Sunday, "
      "killing 12 soldiers, the army said.", "Dioura", "ML", "Bamako")],
)
def test_round2_an_unknown_name_in_a_frame_beats_the_dateline(text: str, name: str, country: str,
                                                             dateline: str) -> None:
    places = event_places(text)
    names = [normalize_name(p.name) for p in places]
    assert any(n.startswith(normalize_name(name)) for n in names), [(p.name, p.country) for p in places]
    assert normalize_name(dateline) not in names
    assert next(p for p in places if normalize_name(p.name).startswith(normalize_name(name))).country == country


# --- districts and areas are places ------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "name", "country"),
    [("Gunmen killed two policemen in South Waziristan's Wana area in Pakistan on Monday.", "Wana", "PK"),
     ("A bomb exploded at a market in Kech district in Pakistan, killing three people.", "Kech", "PK"),
     ("An IED killed a soldier in Pakistan's Khyber district on Thursday.", "Khyber", "PK"),
     ("Gunmen killed eight farmers in Katsina state's Danmusa district on Saturday.", "Danmusa", "NG"),
     ("ISLAMABAD, Sept 9 (Reuters) - A suicide bomber killed five soldiers in Pakistan's Datta Khel area.",
      "Datta", "PK"),
     ("Bandits killed 11 villagers in Zamfara state's Tsafe district, police said.", "Tsafe", "NG"),
     ("Afghan police said a roadside bomb killed four people in Afghanistan's Kharwandi district.",
      "Kharwandi", "AF")],
)
def test_round2_districts_and_areas_are_places(text: str, name: str, country: str) -> None:
    places = event_places(text)
    assert places and normalize_name(places[0].name).split()[0] == normalize_name(name), [
        (p.name, p.country) for p in places]
    assert places[0].country == country


# --- the region named with a town in one phrase, and the report's context, choose its country -------

@pytest.mark.parametrize(
    ("text", "name", "country"),
    [("Gunmen killed a village chief near Victoria in Northern Samar province, Filipino police said.",
      "Northern Samar province", "PH"),
     ("A landmine killed two soldiers in Eastern Samar province, the Filipino army said.",
      "Eastern Samar province", "PH"),
     ("Jihadists killed six soldiers in Northern Bahr el Ghazal state, South Sudanese officials said.",
      "Northern Bahr el Ghazal", "SS"),
     ("Soldiers killed three rebels near Esperanza in Sultan Kudarat province on Monday.", "Esperanza", "PH"),
     ("Nigerian soldiers killed 12 insurgents near Baga, a fishing town, on Tuesday.", "Baga", "NG"),
     ("Fighters killed three soldiers in Kidal in the Kidal region of Mali.", "Kidal", "ML")],
)
def test_round2_the_phrase_and_the_report_choose_the_country(text: str, name: str, country: str) -> None:
    places = event_places(text)
    match = [p for p in places if normalize_name(p.name) == normalize_name(name)]
    assert match, [(p.name, p.country) for p in places]
    assert match[0].country == country
    assert all(p.country == country for p in places), [(p.name, p.country) for p in places]
