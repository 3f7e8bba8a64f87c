"""A venue named after a town elsewhere ("the Lagos motor park in Kano", "the Odessa market in
Donetsk") is in the town named after "in": the venue's name is no second place.  A place after
"in" that holds the named town (its region) keeps the town."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _places(text: str) -> list[tuple[str, str | None]]:
    events = extract_report(Report("venue", text, published=date(2026, 3, 14))).events
    assert len(events) == 1, events
    return [(location.name, location.country) for location in events[0].locations]


@pytest.mark.parametrize(("text", "places"), [
    ("A car bomb exploded near the Lagos motor park in Kano on Thursday, killing six people, police said.",
     [("Kano", "NG")]),
    ("Gunmen stormed the Dubai Hotel in Kandahar late on Monday and killed three guards, a provincial "
     "spokesman said.", [("Kandahar", "AF")]),
    ("Shelling hit the Odessa market in Donetsk on Sunday, killing four civilians, the city's mayor said.",
     [("Donetsk", "UA")]),
    ("Two suicide bombers blew themselves up at the Malibu restaurant in Beledweyne on Friday, killing nine "
     "people, a police officer told reporters.", [("Beledweyne", "SO")]),
    ("A roadside bomb struck a minibus near Toronto junction in the Somali town of Afgoye on Wednesday, "
     "killing five passengers, residents said.", [("Afgoye", "SO")]),
    ("A bomb went off near Liberty Square in Beirut on Tuesday, wounding three people, the army said.",
     [("Beirut", "LB")]),
    ("Militants attacked the Serena hotel in Kabul on Tuesday, killing seven people, the interior ministry "
     "said.", [("Kabul", "AF")]),
])
def test_venue_is_in_the_town_after_in(text: str, places: list[tuple[str, str]]) -> None:
    assert _places(text) == places


@pytest.mark.parametrize(("text", "name"), [
    # The region after "in" holds the town the venue is named after: the town is where it happened.
    ("Gunmen attacked the Kaduna bus station in Kaduna state on Sunday, killing four travellers, police said.",
     "Kaduna"),
    # No place after "in": the town names its own venue.
    ("A rocket hit Kabul airport on Saturday, killing two guards, officials said.", "Kabul"),
    ("The Quetta market blast on Friday killed 12 people, officials said.", "Quetta"),
])
def test_town_naming_its_own_venue_stays(text: str, name: str) -> None:
    assert name in [place for place, _ in _places(text)]


@pytest.mark.parametrize(("text", "name"), [
    # The place after "in" is a part of the town the gazetteer lacks: the town stays.
    ("A grenade exploded at the Mombasa fish market in Majengo Kanamai ward on Monday, wounding six "
     "traders, police said.", "Mombasa"),
    # ... or a province of the town's country, which the gazetteer may not file the town under.
    ("A grenade was hurled at the Marawi cathedral in Lanao del Sur province on Sunday, wounding five "
     "worshippers, the military said.", "Marawi"),
    # ... or a suburb in the town's own region.
    ("Gunmen opened fire at the Karachi vegetable market in Korangi on Tuesday, killing three people, "
     "police said.", "Karachi"),
])
def test_town_holding_the_place_after_in_stays(text: str, name: str) -> None:
    assert name in [place for place, _ in _places(text)]
