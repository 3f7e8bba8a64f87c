"""Kind (issue 10, kind 7, stray material): a sentence with no day of its own, dated by a month
before the month of the incident's day ("The fighting began in mid-May, when the insurgents overran
a base at X" after a clash "on Monday" in June), tells the course that led to the act, not the act:
its capture no longer typed the clash as a territorial change, nor did its town join the event's
places. Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "published", "first", "other"), [
    ("Troops and insurgents fought for hours near Gwoza in Nigeria's Borno State on Monday, leaving 15 insurgents "
     "dead, the army said. The fighting began in mid-May, when the insurgents overran a base at Pulka.",
     dt.date(2025, 6, 4), "Gwoza", "Pulka"),
    ("Sudanese soldiers and paramilitary fighters clashed on the edge of El Fasher on Sunday, killing at least 20 "
     "fighters, a military source said. The latest round of fighting started in late November, when the "
     "paramilitaries captured the town of Kutum.", dt.date(2024, 12, 12), "El Fasher", "Kutum"),
    ("Rebels and government troops fought near the town of Kamanyola in eastern Congo on Tuesday, leaving 12 "
     "fighters dead, the army said. The rebels had taken Nyangezi in mid-December after a week of shelling.",
     dt.date(2025, 1, 9), "Kamanyola", "Nyangezi"),
])
def test_an_earlier_months_capture_is_background(text: str, published: dt.date, first: str, other: str) -> None:
    events = extract_report(Report("month", text, published=published)).events
    assert len(events) == 1
    event = events[0]
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    names = [loc.name for loc in event.locations]
    assert names[0] == first and other not in names

