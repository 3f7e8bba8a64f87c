"""Kind (trial 6, issue 10 kind 1): the count of weapons downed told after the count launched ("Russia
launched 58 drones ..., and 41 of them were shot down") is an interception figure (ACLED: Disrupted
weapons use), an event apart from a strike the report tells before it; and a morning report that
dates one "overnight" to its own day ("... overnight, officials said on Thursday") dates every
"overnight" of it so.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report
from eventwire.nlp.casualties import find_casualties


@pytest.mark.parametrize(("text", "figures"), [
    ("The air force said Russia launched 58 drones overnight and that 41 of them were shot down.",
     [("drones_launched", 58), ("drones_downed", 41)]),
    ("Russia fired 12 missiles at Kyiv; 10 were intercepted, the air force said.",
     [("missiles_launched", 12), ("missiles_downed", 10)]),
    ("Militants killed 5 soldiers; 3 were wounded.", [("killed", 5), ("injured", 3)]),
])
def test_the_downed_count_after_the_launched_count(text: str, figures: list[tuple[str, int]]) -> None:
    assert [(c.kind, c.value) for c in find_casualties(text)] == figures


@pytest.mark.slow
def test_interceptions_are_an_event_apart_from_the_strike() -> None:
    text = ("Russian drones hit apartment blocks in Odesa early on Monday, killing two people, the governor said.\n\n"
            "Ukraine's air force said Russia had launched 58 drones between 1 a.m. and 5 a.m. on Monday, and that 41 "
            "of them were shot down over the Odesa, Mykolaiv and Kyiv regions.")
    events = extract_report(Report("intercept", text, published=dt.date(2025, 4, 14))).events
    # The strike keeps its toll; the interceptions are an event of their own, with no toll.
    assert sorted(str(event.fatalities) for event in events) == ["2", "None"]


@pytest.mark.slow
def test_a_morning_report_dates_every_overnight_to_its_day() -> None:
    text = ("A Ukrainian drone attack overnight set fire to a refinery in Tuapse, injuring two workers, the regional "
            "headquarters said on Thursday.\n\nThe defence ministry said its air defences destroyed 100 drones "
            "overnight over the Krasnodar, Rostov and Bryansk regions.")
    events = extract_report(Report("morning", text, published=dt.date(2025, 10, 30))).events
    assert [event.date for event in events] == [dt.date(2025, 10, 30)] * len(events) and len(events) == 2
