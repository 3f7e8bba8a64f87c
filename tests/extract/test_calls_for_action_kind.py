"""Kind (issue 10, kind 8, look-alikes): a call for an act ("called for nationwide protests next
week", "urged a general strike") asks for it; the act asked for has not happened and is no
incident, while an incident told beside the call stays.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> list[tuple[str, str | None]]:
    events = extract_report(Report("call", text, published=dt.date(2024, 6, 5))).events
    return [(event.event_type or "", event.sub_event_type) for event in events]


@pytest.mark.parametrize("text", [
    "Opposition leaders called for nationwide protests next week over the killing of four students in Rajshahi.",
    "The teachers' union in Sylhet called for a march on Friday to demand higher pay.",
    "Student groups urged a boycott of classes and rallies across Khulna from next Monday.",
])
def test_a_call_for_protests_is_no_protest(text: str) -> None:
    assert _events(text) == []


def test_the_incident_beside_a_call_stays() -> None:
    text = "The UN called for calm after gunmen killed nine villagers in the town of Titao on Sunday."
    assert _events(text) == [("Violence against civilians", "Attack")]
