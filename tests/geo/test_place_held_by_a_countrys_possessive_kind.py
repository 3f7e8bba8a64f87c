"""Kind (issue 10, kind 2, places): the act's place named only through a country's possessive after
"in" or "near": a landform or area the gazetteer lacks ("in Pakistan's Swat Valley", "in Sudan's
Nuba Mountains") is kept by its name at the country, and a common-noun area ("in Pakistan's tribal
areas", "near Syria's northern border") is the country.  Before, the possessive made the country a
party ("Pakistan's army") and the incident was left out for want of a place, or a state named as
the weapon's owner became the place.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2022, 6, 3)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Missiles struck two cars in Pakistan's Swat Valley on Tuesday, killing at least four militants.",
     "Swat Valley", "PK"),
    ("Suspected US drones hit a compound in Pakistan's Kurram Valley on Monday, killing six people.",
     "Kurram Valley", "PK"),
    ("Government planes bombed a market in Sudan's Nuba Mountains on Sunday, killing 11 civilians, "
     "a rights group said.", "Nuba Mountains", "SD"),
    ("Gunmen killed nine soldiers in Pakistan's tribal areas on Wednesday, officials said.", "Pakistan", "PK"),
    ("A car bomb killed five people near Syria's northern border on Thursday, a monitor said.", "Syria", "SY"),
    # A known district held by the possessive: unchanged.
    ("Militants killed four policemen in Pakistan's Kurram district on Friday.", "Kurram district", "PK"),
])
def test_the_place_the_country_holds(extract: Callable[..., ExtractionResult], text: str, name: str,
                                     country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    location = events[0].locations[0]
    assert (location.name, location.country) == (name, country)


@pytest.mark.parametrize(("text", "places"), [
    ("Russian shelling killed three civilians in Kharkiv on Sunday, Kyiv said, in Russia's latest assault.",
     ["Kharkiv"]),
    ("Two soldiers were killed in Nigeria's army barracks in Maiduguri on Friday.", ["Maiduguri"]),
])
def test_a_force_or_act_after_the_possessive_places_nothing_of_its_own(
        extract: Callable[..., ExtractionResult], text: str, places: list[str]) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert [location.name for location in events[0].locations] == places
