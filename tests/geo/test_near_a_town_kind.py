"""Kind (issue 10, kind 2, places): a name one is "near", "outside" or "20 km from" is a point,
a town, never a first-level region of the same name elsewhere ("near Beni" is the town in North
Kivu, not Bolivia's Beni Department).  A name written as a region ("the Beni region") is still
the region.  Before, a region whose name matched outweighed a smaller town whatever the words
before it.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 2, 10)


@pytest.mark.parametrize("text", [
    "Rebels ambushed a convoy near Beni on Thursday, killing three soldiers, an army spokesman said.",
    "Gunmen attacked a bus outside Beni on Thursday, killing seven passengers, officials said.",
    "Militiamen killed five farmers about 20 km from Beni on Sunday, local officials said.",
])
def test_a_town_one_is_near_is_no_region(extract: Callable[..., ExtractionResult], text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    location = events[0].locations[0]
    assert (location.name, location.country, location.feature, location.precision) == ("Beni", "CD", "city", 2)


def test_a_name_written_as_a_region_stays_the_region(extract: Callable[..., ExtractionResult]) -> None:
    text = "Protesters clashed with police across the Beni region on Thursday, leaving two dead, officials said."
    events = extract(text, PUBLISHED).events
    assert len(events) == 1
    assert (events[0].locations[0].country, events[0].locations[0].feature) == ("BO", "region")
