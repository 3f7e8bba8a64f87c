"""Kind (issue 10, kind 2, places): a name whose own phrase puts it in a region ("X town in Y
department of the Z region", "X district of Y State") is read in that region: the gazetteer's town
of that name inside it needs no other support, and a unit whose only namesakes lie in other
countries ("Oran district", "Nayala province") is kept by its name in the region's country, never
placed in Algeria or Sudan.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _places(text: str) -> list[tuple[str, str]]:
    events = extract_report(Report("place", text, published=dt.date(2025, 4, 27))).events
    assert len(events) == 1
    return [(location.name, location.country) for location in events[0].locations]


@pytest.mark.parametrize("text, first, country", [
    ("Jihadists killed eight civilians in Toma town in Kota department of the Boucle du Mouhoun region on "
     "Friday.", "Toma", "BF"),
    ("Militants attacked a police post in Patani town in Basra area of Delta State on Saturday, killing two "
     "officers.", "Patani", "NG"),
    ("Gunmen killed five farmers in Boi community in Oran district of Bauchi State on Saturday, police said.",
     "Boi", "NG"),
    ("Jihadists killed eight civilians in Toma town in Nayala province of the Boucle du Mouhoun region on "
     "Friday, local sources said.", "Toma", "BF"),
])
def test_a_name_is_read_in_the_region_its_phrase_names(text: str, first: str, country: str) -> None:
    places = _places(text)
    assert places[0] == (first, country)
    assert {code for _, code in places} == {country}
