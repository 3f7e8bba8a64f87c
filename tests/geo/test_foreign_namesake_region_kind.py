"""Kind (issue 10, kind 2): a province the gazetteer knows only under another name, and only in a
country the report does not name while it names another ("Nayala province" in a report on Burkina
Faso is not Sudan's Southern Darfur), is kept by its name in the report's country, and so are the
towns it holds; a region written by its own name ("the Voronezh region") stays where it is
whatever countries the report names.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _places(text: str) -> list[tuple[str, str | None]]:
    events = extract_report(Report("region", text, published=dt.date(2024, 6, 10))).events
    assert len(events) == 1, events
    return [(location.name, location.country) for location in events[0].locations]


def test_a_namesake_province_abroad_is_kept_in_the_reports_country() -> None:
    text = "Militants killed three soldiers near Gossina, in Nayala province of Burkina Faso, on Friday, the army said."
    assert _places(text) == [("Gossina", "BF"), ("Nayala province", "BF")]


@pytest.mark.parametrize(("text", "place"), [
    ("Ukraine's military said its drones struck an ammunition depot in the Voronezh region on Monday, killing two "
     "guards.", ("Voronezh Oblast", "RU")),
    ("Gunmen from Mali killed six traders in Niger's Dosso region on Sunday, officials said.",
     ("Dosso Region", "NE")),
])
def test_a_region_written_by_its_own_name_stays(text: str, place: tuple[str, str]) -> None:
    assert place in _places(text)
