"""Kind (issue 10, kind 2, places): a name the gazetteer lacks that the report places by its
distance or direction from a town ("took control of X, about 20 kilometres south of Y", "attacked
X, about 10 miles from Y", "stormed X, 30 km south of Y") is a place in its own right, kept by its
name at the town, whatever verb comes before it; before, only "in X" or "near X" kept such a name.
Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, first, country", [
    ("GOMA, Congo - M23 rebels took control on Sunday of Alimbongo, about 20 kilometres south of Lubero town, "
     "local sources said.", "Alimbongo", "CD"),
    ("MAIDUGURI, Nigeria - Boko Haram fighters attacked Kukareta, about 10 miles from Damaturu, on Sunday, "
     "killing four villagers, residents said.", "Kukareta", "NG"),
    ("KHARTOUM - Paramilitary fighters stormed Wad Ashana, 30 km south of Um Rawaba, on Sunday and killed 12 "
     "villagers, activists said.", "Wad Ashana", "SD"),
    # Described as a village before the distance: "a village about N km from Y".
    ("Militiamen killed six people on Wednesday when they attacked Kabumbe, a village about 25 km from Kalemie "
     "town, an administrator said.", "Kabumbe", "CD"),
    ("Gunmen shot dead four farmers in Rafin Gora, a hamlet some 15 kilometres from Zaria, on Sunday, "
     "residents said.", "Rafin Gora", "NG"),
])
def test_a_name_placed_by_distance_is_kept(text: str, first: str, country: str) -> None:
    events = extract_report(Report("distance", text, published=dt.date(2025, 5, 12))).events
    assert len(events) == 1
    assert (events[0].locations[0].name, events[0].locations[0].country) == (first, country)


@pytest.mark.parametrize("text, first, country", [
    # Described before its distance ("a village about N km from Y", "a market village about N km from Y"):
    # placed at the town it lies by (precision 2), not only somewhere in the country.
    ("Six people were killed on Wednesday when militiamen attacked Kabumbe, a village about 30 km from Kalemie "
     "town, according to the territory administrator.", "Kabumbe", "CD"),
    ("Gunmen killed three traders on Friday at Mbau, a market village about 12 km from Beni, according to local "
     "officials.", "Mbau", "CD"),
    ("Gunmen shot dead four farmers in Rafin Gora, a hamlet some 15 kilometres from Zaria, on Sunday, "
     "residents said.", "Rafin Gora", "NG"),
])
def test_a_described_name_is_placed_at_the_town(text: str, first: str, country: str) -> None:
    events = extract_report(Report("distance", text, published=dt.date(2025, 5, 12))).events
    assert len(events) == 1
    first_place = events[0].locations[0]
    assert (first_place.name, first_place.country, first_place.precision) == (first, country, 2)


@pytest.mark.parametrize("text, places", [
    # The town after "N km from" is a place whatever label the model gives it, and a name it holds
    # does not vote for its own namesakes' countries (Mushu is no Turkish Muş).
    ("Bandits killed seven people in Dogon Dawa, a farming village about 25 km from Birnin Gwari, on Sunday "
     "night, residents said.", [("Dogon Dawa", "NG"), ("Birnin Gwari", "NG")]),
    ("Gunmen attacked Mushu, a farming village about 15 km from Bokkos, before dawn on Saturday and killed 11 "
     "people, a community leader said.", [("Mushu", "NG"), ("Bokkos", "NG")]),
])
def test_the_town_of_the_distance_holds_the_name(text: str, places: list[tuple[str, str]]) -> None:
    events = extract_report(Report("distance", text, published=dt.date(2025, 6, 4))).events
    assert [[(place.name, place.country) for place in event.locations] for event in events] == [places]
