"""Kind (issue 10, kind 2, places): a plural settlement or unit noun before "of" and a list ("the
Nigerian cities of X and Y", "the villages of A, B and C", "the districts of X and Y") frames
every listed name as such a place, as the singular "the city of X" frames one.  Names the
gazetteer lacks are kept, placed by the demonym or the container after the list.
Before, only the singular noun was a place frame, so a list the small model labelled as a work of
art lost every place and the incident with them.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 6)


@pytest.mark.parametrize(("text", "names", "country"), [
    ("Bombings hit the Nigerian cities of Gombe and Bauchi, killing at least 26 people.",
     {"Gombe", "Bauchi"}, "NG"),
    # The second name is one the gazetteer lacks: the plural and the demonym keep it.
    ("Suicide bombers struck the Cameroonian towns of Mora and Kolofata on Sunday, killing 11 people,"
     " the governor said.", {"Mora", "Kolofata"}, "CM"),
    ("Rockets slammed into the Lebanese villages of Khiam and Kfar Kila overnight, wounding four people.",
     {"Khiam", "Kfar Kila"}, "LB"),
    ("Gunmen raided the villages of Dogon Noma and Maikori in Kaduna State on Saturday, killing 17 people,"
     " police said.", {"Dogon Noma", "Maikori"}, "NG"),
])
def test_each_name_of_a_plural_place_list_is_a_place(extract: Callable[..., ExtractionResult], text: str,
                                                     names: set[str], country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    found = {(location.name, location.country) for location in events[0].locations}
    assert {(name, country) for name in names} <= found, (text, found)


def test_a_list_after_a_plural_word_that_names_no_place_stays_unplaced(
        extract: Callable[..., ExtractionResult]) -> None:
    # "the families of X and Y" lists people, not places: the surnames are no towns.
    text = ("Gunmen killed four farmers in Zurmi on Sunday, and the families of Musa and Bello fled,"
            " police said.")
    events = extract(text, PUBLISHED).events
    assert len(events) == 1
    assert [location.name for location in events[0].locations] == ["Zurmi"]




@pytest.mark.parametrize(("text", "names", "country"), [
    ("Insurgent cells stormed a police post in rural areas of Diyala, Salahuddin and Anbar provinces on"
     " Sunday, killing four policemen, officials said.", ["Diyala", "Salahuddin", "Anbar"], "IQ"),
    ("Fighting between the army and rebels raged on Friday across Kirkuk, Salahuddin and Nineveh provinces,"
     " leaving 12 fighters dead, the ministry said.", ["Kirkuk", "Salahuddin", "Nineveh"], "IQ"),
    ("Bandits attacked farmers in Zamfara, Kebbi and Sokoto states on Saturday, killing 30 people, police"
     " said.", ["Zamfara", "Kebbi", "Sokoto"], "NG"),
])
def test_a_list_closed_by_a_plural_region_word_is_a_list_of_regions(
        extract: Callable[..., ExtractionResult], text: str, names: list[str], country: str) -> None:
    # Every name before "provinces" or "states" is a region, in the order written: a capital's
    # namesake town ("Sokoto", "Kirkuk") is not the place, and a name the gazetteer lacks
    # ("Salahuddin") is a region kept by its name, not a town listed first.
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    locations = events[0].locations
    assert len(locations) == len(names), [loc.name for loc in locations]
    for location, name in zip(locations, names, strict=True):
        assert name[:4] in location.mention or name[:4] in location.name, (name, location)
        assert (location.country, location.precision) == (country, 3), location
