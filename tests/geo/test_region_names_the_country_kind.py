"""Kind (issue 10, kind 2, places the gazetteer lacks): a village the gazetteer lacks, in a report
that names no country but a region ("Katsina state police said", "the Sagaing Region resistance
administration said"), is kept by its name in that region's country (precision 3), never dropped
with its incident.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen killed five farmers in the village of Kauran Namoda on Monday, Katsina state police spokesman Abubakar "
     "Aliyu said.", ("Kauran Namoda", "NG")),
    ("Bandits abducted 12 worshippers from a church in the village of Gidan Bako on Sunday, Kaduna state police "
     "said.", ("Gidan Bako", "NG")),
])
def test_a_village_is_kept_in_the_country_of_the_region_named(text: str, place: tuple[str, str]) -> None:
    events = extract_report(Report("region", text, published=dt.date(2024, 5, 10))).events
    assert [(event.locations[0].name, event.locations[0].country, event.locations[0].precision)
            for event in events] == [(*place, 3)]


def test_a_landmine_near_a_village_of_a_named_region_is_kept_in_its_country() -> None:
    text = ("A landmine killed four soldiers near the village of Kyauk Ta Lone on Monday, the Sagaing Region "
            "resistance administration said.")
    events = extract_report(Report("region", text, published=dt.date(2024, 5, 10))).events
    assert [event.locations[0].country for event in events] == ["MM"]
