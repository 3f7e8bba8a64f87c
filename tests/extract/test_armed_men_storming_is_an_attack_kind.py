"""Kind (issue 10, kind 9, sub-event type): armed men who storm a place attack it, also when the
people they kill are named by a word that can name a crowd ("Gunmen stormed a university hostel,
killing four students"): before, the crowd word made "stormed" a riot and the event a violent
demonstration. A crowd that storms a place is still a riot. Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Gunmen stormed a university hostel in Borno on Friday night, killing four students, police said.",
    "Militants stormed a boarding school in Nigeria's Yobe state on Friday night, killing 11 students, police said.",
    "Bandits stormed a secondary school in Zamfara on Tuesday and shot dead two students and a teacher, police said.",
])
def test_armed_men_storming_a_place_attack_it(text: str) -> None:
    events = extract_report(Report("storm", text, published=dt.date(2025, 3, 11))).events
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")]


def test_a_crowd_storming_a_place_is_still_a_riot() -> None:
    text = ("Hundreds of angry students stormed the vice-chancellor's office in Kano on Monday and set cars on fire, "
            "police said.")
    events = extract_report(Report("storm", text, published=dt.date(2025, 3, 11))).events
    assert [e.event_type for e in events] == ["Riots"]
