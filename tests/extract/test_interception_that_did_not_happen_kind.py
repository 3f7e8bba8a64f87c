"""Kind (issue 10, kind 8, look-alikes): an interception that did not happen ("air defence units
were unable to intercept the missiles", "Air defences failed to intercept the missile", "could not
shoot down the drone") is no Disrupted weapons use: the strike it failed to stop is the
event. Also: the place a weapon was fired from, past a describing word ("fired from occupied
territory", "launched from southern Lebanon"), is its origin, not a place the act hit. Sentences
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "place"), [
    ("Russian missiles hit a grain terminal in Izmail overnight, killing two workers, the governor said. Air "
     "defence units were unable to intercept the missiles, which had been launched from annexed Crimea, he added.",
     "Izmail"),
    ("A Houthi missile struck near Eilat on Monday, the army said. Air defences failed to intercept the missile, "
     "which caused light damage.", "Eilat"),
    ("A drone hit a fuel depot in Bryansk on Monday, the governor said. Air defences could not shoot down the "
     "drone, which flew in low from the south.", "Bryansk"),
])
def test_a_failed_interception_is_no_disrupted_weapons_use(text: str, place: str) -> None:
    events = extract_report(Report("missed", text, published=dt.date(2024, 8, 15))).events
    assert [(e.locations[0].name, e.event_type) for e in events] == [(place, "Explosions/Remote violence")]
    assert all(loc.name != "Crimea" for e in events for loc in e.locations)


def test_an_interception_that_happened_stays() -> None:
    text = "Ukrainian air defences shot down 20 drones over Kyiv region overnight, the air force said."
    events = extract_report(Report("missed", text, published=dt.date(2024, 8, 15))).events
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]
