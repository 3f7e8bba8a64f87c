"""Kind (issue 10, kinds 1 and 9): a suicide bomber named with the vehicle carrying the bomb ("a
suicide car bomber", "a suicide truck bomber", "a suicide motorcycle bomber", "a suicide vehicle
attack") is a suicide bombing (scope-and-types.md), found as one whatever the vehicle.  Sentences
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "killed"), [
    ("A suicide car bomber struck a police checkpoint in Garowe on Monday, killing eight officers, officials said.",
     8),
    ("A suicide truck bomber rammed the gate of a military base in Galkayo on Tuesday, killing six soldiers, the "
     "army said.", 6),
    ("In Dera Murad Jamali, a suicide motorcycle bomber hit a police van on Friday, killing four officers, police "
     "said.", 4),
    ("A suicide vehicle attack on a military camp near Menaka on Sunday killed seven soldiers, the army said.", 7),
])
def test_a_suicide_bomber_with_a_vehicle_is_a_suicide_bombing(text: str, killed: int) -> None:
    events = extract_report(Report("svbied", text, published=dt.date(2024, 5, 10))).events
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in events] == [
        ("Explosions/Remote violence", "Suicide bomb", killed)]
