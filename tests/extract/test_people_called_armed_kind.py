"""Kind (issue 10, kind 1, clear incidents give no event): people the report calls armed ("armed
youths", "armed tribesmen", "armed settlers": a WordNet person noun after "armed") who kill are an
armed doer, as "armed men" already were; armed thieves ("armed robbers") stay ordinary crime.
Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> list[tuple[str, int | None]]:
    report = Report("armed", text, published=dt.date(2025, 3, 10))
    return [(event.sub_event_type or "", event.fatalities) for event in extract_report(report).events]


@pytest.mark.parametrize("text, killed", [
    ("Armed youths killed 14 civilians in Jonglei state on Sunday, officials said.", 14),
    ("Armed tribesmen killed five travellers on the Parachinar road on Sunday, officials said.", 5),
    ("Armed settlers killed a Palestinian man in the village of Turmus Ayya on Sunday, the health ministry said.",
     1),
])
def test_people_called_armed_who_kill_are_an_armed_doer(text: str, killed: int) -> None:
    assert _events(text) == [("Attack", killed)]


def test_armed_robbers_stay_ordinary_crime() -> None:
    assert _events("Armed robbers killed a shopkeeper in Kano on Sunday during a robbery, police said.") == []
