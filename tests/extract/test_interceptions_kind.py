"""Kind (trial 6, issue 10 kind 1): the count of weapons downed told after the count launched ("Russia
sent 37 drones ..., and 29 of those were downed") is an interception figure (ACLED: Disrupted
weapons use), an event apart from a strike the report tells before it; and a morning report that
dates one "overnight" to its own day ("... overnight, officials said on Thursday") dates every
"overnight" of it so.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report
from eventwire.nlp.casualties import find_casualties


@pytest.mark.parametrize(("text", "figures"), [
    ("Russia sent 37 drones towards the capital overnight, and 29 of those were downed, the mayor said.",
     [("drones_launched", 37), ("drones_downed", 29)]),
    ("Russia fired 12 missiles at Kyiv; 10 were intercepted, the air force said.",
     [("missiles_launched", 12), ("missiles_downed", 10)]),
    ("Militants killed 5 soldiers; 3 were wounded.", [("killed", 5), ("injured", 3)]),
])
def test_the_downed_count_after_the_launched_count(text: str, figures: list[tuple[str, int]]) -> None:
    assert [(c.kind, c.value) for c in find_casualties(text)] == figures


@pytest.mark.slow
def test_interceptions_are_an_event_apart_from_the_strike() -> None:
    text = ("A Russian missile hit a warehouse in Poltava early on Monday, killing three people, the governor said."
            "\n\nThe air force said Russia had fired 73 drones and 4 missiles overnight into Monday, and that 52 of "
            "them were destroyed over the Kharkiv, Poltava and Sumy regions.")
    events = extract_report(Report("intercept", text, published=dt.date(2025, 4, 14))).events
    # The strike keeps its toll; the interceptions are an event of their own, with no toll.
    assert sorted(str(event.fatalities) for event in events) == ["3", "None"]


@pytest.mark.slow
def test_a_morning_report_dates_every_overnight_to_its_day() -> None:
    text = ("A drone attack overnight set fire to a fuel depot in Novorossiysk, injuring three workers, the port "
            "authority said on Thursday.\n\nAir defences shot down 64 drones overnight over the Belgorod, Kursk and "
            "Voronezh regions, the defence ministry said.")
    events = extract_report(Report("morning", text, published=dt.date(2025, 10, 30))).events
    assert [event.date for event in events] == [dt.date(2025, 10, 30)] * len(events) and len(events) == 2
