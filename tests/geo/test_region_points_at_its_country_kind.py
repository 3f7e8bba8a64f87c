"""Kind (issue 10, kind 2, places): a first-level region the report names ("villages across Sokoto
State", "Benue State has seen ...") points at its country as a town does, and a town of under
100,000 far from every country the report points at is no reading of a name there: "Bandits
attacked a market in Isa" in a report on Sokoto State is Nigeria's Isa, not Isa, Japan (24,000).
Before, a region named with its region word counted for no country, and any town of 20,000 or more
abroad was taken. Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "place"), [
    ("Bandits attacked a market in Isa on Sunday, killing six traders, a local official said. Villages across "
     "Sokoto State have suffered such raids for years.", "Isa"),
    ("Herders killed five farmers in Naka on Monday, a community leader said. Benue State has seen clashes over "
     "grazing land for a decade.", "Naka"),
])
def test_a_small_namesake_abroad_gives_way_to_the_regions_country(text: str, place: str) -> None:
    events = extract_report(Report("region", text, published=dt.date(2024, 3, 5))).events
    assert [(e.locations[0].name, e.locations[0].country) for e in events] == [(place, "NG")]
