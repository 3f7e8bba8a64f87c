"""Kind (issue 10, kind 2, places): a compass word written as one where GeoNames writes two
("Cameroon's Northwest region" for North-West, "Southwest region" for South-West), or the other way
round, names the same places; before, only Iceland's Northwest region (or nothing) was found and
the incident was left out.  Found by a user-role helper; sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.geo.gazetteer import load_gazetteer
from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 9, 2)


@pytest.mark.parametrize("written", ["Northwest region", "North West region", "Southwest region", "South-West"])
def test_both_writings_find_cameroons_region(written: str) -> None:
    assert "CM" in {place.country for place in load_gazetteer().lookup(written) if place.feature == "region"}


def test_the_region_a_country_holds(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("Separatists attacked a weekly market in Cameroon's Northwest region on Sunday, killing six "
                     "traders.", PUBLISHED).events
    assert len(events) == 1
    assert (events[0].locations[0].country, events[0].locations[0].feature) == ("CM", "region")
