"""Kind (issue 10, kind 2, places): a first-level region the report names ("the front line in
Hodeidah province") points at its country as a town does, and a town of under 100,000 in a country
the report never points at is no reading of a name when the report points elsewhere: "Houthi
shelling hit a market in Hays" is Yemen's Hays, not Hays, Kansas (21,000). Before, a region named
with its region word counted for no country, and any town of 20,000 or more abroad was taken.
Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Shells fired by the Houthis hit a market in Hays on Monday, killing four people, a medic said. Government "
    "forces and the Houthis have fought along the front line in Hodeidah province for years.",
    "A drone struck a house in Hays on Monday, wounding two children, a local official said. The town lies on the "
    "road south from Hodeidah governorate's coastal plain.",
])
def test_a_small_namesake_abroad_gives_way_to_the_regions_country(text: str) -> None:
    events = extract_report(Report("region", text, published=dt.date(2024, 3, 5))).events
    assert [e.locations[0].country for e in events] == ["YE"]
