"""Kind (issue 10 kind 9, type): act words that tell no act of the incident must not type it. What a
place has long suffered ("the state has been plagued by turf battles between two cartels", "a
region torn by separatist violence") is background (background-cues.json habit); an act the
sentence says was done without ("arrested ... without a shot fired", "without firing a shot")
did not happen. Sentences written for this test (a user-role helper found the kind)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "typed"), [
    ("Gunmen burst into a bar in Celaya late Saturday and opened fire on customers, killing nine people, "
     "authorities said. No motive was given, but the state has been plagued by turf battles between two cartels.",
     ("Violence against civilians", "Attack")),
    ("Gunmen shot dead a village chief in Bamenda on Monday, police said. The region has been wracked by fighting "
     "between separatists and the army since 2017.", ("Violence against civilians", "Attack")),
    ("Colombian police arrested a rebel commander in the town of Saravena on Wednesday, the defence ministry said. "
     "He was arrested in a house without a shot fired.", ("Strategic developments", "Arrests")),
    ("Troops arrested three suspected militants in Bauchi on Tuesday without firing a shot, the army said.",
     ("Strategic developments", "Arrests")),
])
def test_act_words_of_no_act_here_do_not_type_the_incident(text: str, typed: tuple[str, str]) -> None:
    events = extract_report(Report("words", text, published=dt.date(2024, 6, 12))).events
    assert len(events) == 1
    assert (events[0].event_type, events[0].sub_event_type) == typed


@pytest.mark.parametrize("text", [
    "Soldiers captured a wanted militia leader in Bangui on Monday, the army said.",
    "Colombian soldiers captured a rebel commander in Tumaco on Tuesday, the defence ministry said.",
    "Without a shot being fired, troops captured a wanted militia commander in Bambari on Sunday, officials said.",
])
def test_a_member_of_an_armed_group_captured_is_an_arrest(text: str) -> None:
    events = extract_report(Report("capture", text, published=dt.date(2024, 6, 12))).events
    assert len(events) == 1
    assert (events[0].event_type, events[0].sub_event_type) == ("Strategic developments", "Arrests")
