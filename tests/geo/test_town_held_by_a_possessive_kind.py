"""Kind (issue 10, kind 2, places): a town named after the possessive of the district or province
that holds it ("in Kurram's Parachinar town", "in Idlib's Sarmada")
is the act's place: a town the gazetteer has, whatever label the small model gives it, and one it
lacks kept by its name at its holder.  Before, a district known only as a second-level unit held
nothing, a town label other than a person's lost the name, and the holder or nothing was the
place.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2023, 7, 12)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("A bomb killed four people at a market in Kurram's Parachinar town on Tuesday, police said.",
     "Parachinar", "PK"),
    ("A drone strike hit a house in Idlib's Sarmada on Sunday, killing three civilians, rescuers said.",
     "Sarmada", "SY"),
    ("Gunmen killed six people in Borno's Gwoza town on Monday, residents said.", "Gwoza", "NG"),
])
def test_the_town_the_holder_holds(extract: Callable[..., ExtractionResult], text: str, name: str,
                                   country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert (events[0].locations[0].name, events[0].locations[0].country) == (name, country)


def test_an_institution_after_the_possessive_is_no_place(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("Gunmen killed two guards outside Nigeria's Senate building in Abuja on Monday, police said.",
                     PUBLISHED).events
    assert [location.name for event in events for location in event.locations] == ["Abuja"]
