"""Kind (issue 10, kind 2, places): a district named bare ("in Bajaur", "a market in Khyber"),
which GeoNames has only as a second-level unit (admin2) of one country, is that unit, kept by its
written name at precision 3, when no town of the gazetteer fits; and a town placed in a named
container is a namesake elsewhere only when that namesake is spelt exactly as written ("Kenieba"
in Mali's Kayes region is no Gambian "Keneba").  Before, the incident had no place and was left
out, or went abroad.  Sentences written for this test (two kinds found by a user-role check)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 6, 3)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The TTP killed four polio workers in Bajaur on Sunday, district police officer Aslam Khan said.",
     "Bajaur", "PK"),
    ("Six people were killed and 15 wounded when a bomb exploded at a weekly market in Khyber on Sunday, officials "
     "said.", "Khyber", "PK"),
    ("Gunmen shot dead two traders in Lakki Marwat on Monday, police said.", "Lakki Marwat", "PK"),
])
def test_a_bare_district_is_the_unit(extract: Callable[..., ExtractionResult], text: str, name: str,
                                     country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    location = events[0].locations[0]
    assert (location.name, location.country) == (name, country)


def test_a_town_in_a_named_region_is_no_foreign_namesake_of_another_spelling(
        extract: Callable[..., ExtractionResult]) -> None:
    text = ("Gunmen killed eight gold miners in Kenieba, the main town of Kenieba district, in Mali's Kayes region "
            "on Friday, officials said.")
    events = extract(text, PUBLISHED).events
    assert len(events) == 1
    assert {location.country for location in events[0].locations} == {"ML"}
    assert events[0].locations[0].name == "Kenieba"
