"""Kind (issue 10 kind 9, sub-event type): a state force named only by what it is ("Government
forces", "Security forces", "Government troops") that takes a town is the government regaining
territory, though no actor is reported for it (actor1 stays null: the report names no one); an
armed group taking a town overtakes it. Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Government forces took control of the town of Palma in Mozambique on Monday, the army said.",
     "Government regains territory"),
    ("Security forces took control of the town of Mocimboa da Praia in Mozambique on Sunday, officials said.",
     "Government regains territory"),
    ("Government troops took control of the town of Kutum in Sudan on Friday, residents said.",
     "Government regains territory"),
    ("Rebels gained control of the town of Rutshuru on Tuesday, residents said.",
     "Non-state actor overtakes territory"),
])
def test_who_takes_the_town_types_the_change_of_territory(text: str, sub_event_type: str) -> None:
    events = extract_report(Report("taken", text, published=dt.date(2024, 6, 12))).events
    assert len(events) == 1
    assert (events[0].event_type, events[0].sub_event_type) == ("Battles", sub_event_type)
