"""Kind (issue 10, kind 2, places): in "X, Y" the name after the comma is the region that holds
the town before it ("Tierralta, Cordoba" is Colombia's Córdoba department, not Argentina's
province or city; "Simiti, Bolivar" is the department, not a town of that name).  Before, the
qualifier was resolved on its own, and a larger namesake abroad or a town won.  Sentences written
for this test; the Tierralta one comes from a helper's user trial."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 3, 12)


@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen killed four farmers in Tierralta, Cordoba, on Friday, police said.", "CO"),
    ("Dissidents attacked a police station in Simiti, Bolivar, on Friday, killing two officers, the army said.",
     "CO"),
])
def test_the_qualifier_is_the_region_holding_the_town(extract: Callable[..., ExtractionResult], text: str,
                                                      country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    locations = events[0].locations
    assert [(loc.country, loc.feature) for loc in locations] == [(country, "city"), (country, "region")], locations
