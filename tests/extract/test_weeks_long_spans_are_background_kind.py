"""Kind (issue 10, kind 7, stray material): a sentence that sums up acts over a span of weeks
("raids on farms have grown in recent weeks", "attacks on army posts have multiplied over
recent weeks", "in the past three weeks") tells a trend, not an incident, as the spans of
months and years already did (background-cues.json period, after Quirk et al. 8.55-8.61). Before,
the raid words made an undated event of the trend. Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Militant attacks on army posts in Tillaberi region have multiplied over recent weeks, a security source said.",
    "Raids by militants on farms and checkpoints in Middle Juba have grown bolder in recent weeks.",
    "Fighters have raided several villages in Borno state over the past few weeks, residents said.",
    "Militants ambushed army convoys in Cabo Delgado province in recent weeks, the army said.",
    "Gangs have attacked police stations in Artibonite department over the past two weeks.",
    "Air strikes on villages in Sagaing region have intensified in the past two weeks, activists said.",
])
def test_a_trend_over_weeks_is_no_incident(text: str) -> None:
    assert extract_report(Report("weeks", text, published=dt.date(2025, 10, 8))).events == []


def test_the_incident_before_a_trend_stays() -> None:
    text = ("Gunmen killed six farmers near Mangu on Monday, police said. Farming villages in the area have "
            "been raided repeatedly in recent weeks.")
    events = extract_report(Report("weeks", text, published=dt.date(2025, 10, 8))).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == [("Mangu", 6)]
