"""Kind (issue 10, kind 2, places): "X, the capital of Somalia's Bay region" names X as the seat of
a region the country holds, not the country's capital: before, Mogadishu (or Abuja, or Kabul, even
first) was added as a place of the act.  And the town set off as its region's seat is the town
even where the region shares its name ("Belgorod, the capital of Russia's Belgorod region" kept
only the oblast).  Found by user-role helpers; sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 8, 19)


@pytest.mark.parametrize(("text", "capital"), [
    ("A suicide bomber blew himself up at a tea shop in Baidoa, the capital of Somalia's Bay region, on Sunday, "
     "killing nine people, police said.", "Mogadishu"),
    ("Gunmen killed four people in Maiduguri, the capital of Nigeria's Borno State, on Sunday.", "Abuja"),
    ("A car bomb exploded in Kandahar, the capital of Afghanistan's Kandahar province, on Sunday, killing five "
     "people.", "Kabul"),
    ("Shelling killed three people in Kramatorsk, a city of Ukraine's Donetsk region, on Sunday.", "Kyiv"),
])
def test_the_national_capital_is_no_place(extract: Callable[..., ExtractionResult], text: str, capital: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert capital not in [location.name for location in events[0].locations]


@pytest.mark.parametrize(("text", "town"), [
    ("A drone struck a fuel depot in Belgorod, the capital of Russia's Belgorod region, on Sunday, injuring two "
     "people.", "Belgorod"),
    ("A car bomb exploded in Kandahar, the capital of Afghanistan's Kandahar province, on Sunday, killing five "
     "people.", "Kandahar"),
    ("Gunmen attacked a bank in Kano, the state capital of Kano State, on Sunday, killing three guards.", "Kano"),
])
def test_the_seat_of_a_region_of_its_name_is_the_town(extract: Callable[..., ExtractionResult], text: str,
                                                      town: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert (events[0].locations[0].name, events[0].locations[0].feature) == (town, "city")


def test_the_capital_of_a_country_still_is(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("A car bomb killed six people in the capital of Somalia on Sunday, police said.", PUBLISHED).events
    assert [location.name for location in events[0].locations] == ["Mogadishu"]
