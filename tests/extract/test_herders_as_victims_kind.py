"""Kind (issue 10, kind 9: sub-event type): herders who attack are an armed side (ACLED's identity
militias), but herders who are killed are civilians, so "gunmen killed six herders" is an attack
on civilians, not an armed clash; armed victims ("troops killed 14 militants") still make a clash.
Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Gunmen killed six herders near Tahoua on Sunday, residents said.", "Attack"),
    ("Six herders were killed by gunmen near Tillaberi on Monday, a local official said.", "Attack"),
    ("Bandits killed 12 herders and stole hundreds of cattle in Zamfara State on Sunday, police said.", "Attack"),
    ("Herders killed ten farmers in an attack on a village in Benue State on Saturday, police said.", "Attack"),
    ("Troops killed 14 militants in an ambush near Maiduguri on Friday, the army said.", "Armed clash"),
])
def test_herders_killed_are_civilians(text: str, sub_event_type: str) -> None:
    result = extract_report(Report("herders", text, published=dt.date(2024, 9, 3)))
    assert [event.sub_event_type for event in result.events] == [sub_event_type]
