"""Kinds from a user trial (issue 10, kinds 8/9), with sentences written for this test:
looting is decided by who acts and what else happened (ACLED: an armed actor taking or
destroying property is Looting/property destruction, with people killed or hurt an attack; a
crowd looting is a riot), and fireworks thrown at police are a riot's weapon, not an accident
("a fireworks factory exploded" stays one)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report
from eventwire.records import Event


def events(text: str) -> list[Event]:
    return extract_report(Report("r", text, date(2025, 3, 12))).events


@pytest.mark.parametrize(
    "text",
    ["Armed men stormed the village of Kaura in Zamfara state on Sunday, shooting residents and looting "
     "livestock, police said.",
      "Gunmen looted a health centre in Tillaberi region on Monday and killed two nurses, the ministry said."],
)
def test_looting_by_armed_men_is_their_attack_not_a_riot(text: str) -> None:
    (event,) = events(text)
    assert event.event_type == "Violence against civilians"


@pytest.mark.parametrize(
    "text",
    ["Militiamen looted and burned around 60 shops in Djugu territory on Saturday, local officials said.",
     "Six aid lorries were looted on the road to Nyala on Tuesday, the UN agency said.",
     "Rebels ransacked a health centre near Uvira on Friday, a local official said.",
     "Gunmen torched a customs post in Kidal region on Thursday, officials said."],
)
def test_property_taken_or_destroyed_without_harm_to_people_is_looting(text: str) -> None:
    # ACLED: Strategic developments / Looting/property destruction, unless people are hurt.
    (event,) = events(text)
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize(
    "text",
    ["Rioters looted shops in Kisumu on Monday, police said.",
     "A mob looted a warehouse of food aid in Goma on Tuesday, aid workers said."],
)
def test_looting_by_a_crowd_is_a_riot(text: str) -> None:
    (event,) = events(text)
    assert event.event_type == "Riots"


@pytest.mark.parametrize(
    "text",
    ["Youths set fire to about 40 cars and threw fireworks at police in Sevran on Saturday night, police said.",
     "Protesters hurled firecrackers at riot police in Thessaloniki on Friday, police said."],
)
def test_fireworks_thrown_at_police_are_a_riot(text: str) -> None:
    (event,) = events(text)
    assert event.event_type == "Riots"


def test_a_fireworks_accident_is_no_incident() -> None:
    assert events("A fireworks factory exploded near Tultepec on Tuesday, killing nine workers, officials said.") == []
