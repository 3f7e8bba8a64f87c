"""Kind (issue 10, kind 2, places): "In Khartoum, shells hit homes in the X neighbourhood on Monday": a
part of a town (neighbourhood, quarter, suburb, district) that the gazetteer lacks and that has no
container of its own is held by the one town its sentence names, and as the finer place comes
first (gold-format.md: most specific first). Before, the part was kept at the country's point
and sorted after the town. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 6, 20)


@pytest.mark.parametrize(("text", "part", "town"), [
    ("In Mogadishu, a car bomb exploded in the Bondhere district on Sunday, killing six people, police said.",
     "Bondhere", "Mogadishu"),
    ("In Khartoum, artillery shells hit homes in the Jabra neighbourhood on Tuesday, killing five civilians, a "
     "volunteer group said.", "Jabra", "Khartoum"),
    ("Gunmen opened fire on a bus in the Tabba quarter on Monday in Port Sudan, killing two people, police said.",
     "Tabba", "Port Sudan"),
    ("In Kharkiv, Ukraine's second city, a guided bomb hit the Pyatykhatky neighbourhood on Monday, wounding "
     "seven people, the mayor said.", "Pyatykhatky", "Kharkiv"),
])
def test_the_sentences_one_town_holds_the_part(extract: Callable[..., ExtractionResult], text: str, part: str,
                                              town: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [[loc.name for loc in e.locations] for e in events] == [[part, town]]
    assert events[0].locations[0].precision == 2


@pytest.mark.parametrize(("text", "part", "town"), [
    # The gazetteer knows these parts of the town: they are placed as known, and still come first.
    ("In Kyiv, a Russian missile hit a block of flats in the Obolon neighbourhood on Monday, killing three "
     "residents, the mayor said.", "Obolon", "Kyiv"),
    ("In Kyiv, debris from a downed drone fell on houses in the Darnytsia neighbourhood on Monday, wounding two "
     "people, the mayor said.", "Darnytsia", "Kyiv"),
])
def test_a_known_part_held_by_the_sentences_town_comes_first(extract: Callable[..., ExtractionResult], text: str,
                                                             part: str, town: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [[loc.name for loc in e.locations] for e in events] == [[part, town]]


def test_a_part_beside_two_towns_is_held_by_neither(extract: Callable[..., ExtractionResult]) -> None:
    # Which town holds it is not said: it is not put at either.
    events = extract("Shells hit the Jabra neighbourhood and homes in Bahri and Omdurman on Tuesday, killing five "
                     "civilians, a volunteer group said.", PUBLISHED).events
    assert events
    assert all(loc.precision != 2 or loc.name != "Jabra" for e in events for loc in e.locations)
