"""Kind (issue 10, kind 1, clear incidents give no event): a killing of an armed side's members
("soldiers", "jawans", "troopers") is in scope whoever did it (scope-and-types.md), so a doer word
that the armed-actor lexicon lacks ("Maoists", "Naxalites", "Houthis") still makes it an armed
clash; a thing or a disaster that kills soldiers ("a speeding truck", "a landslide") makes none.
Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> list[tuple[str, int | None]]:
    report = Report("doer", text, published=dt.date(2025, 4, 27))
    return [(event.sub_event_type or "", event.fatalities) for event in extract_report(report).events]


@pytest.mark.parametrize("text, killed", [
    ("Maoists killed two soldiers in Sukma on Saturday, police said.", 2),
    ("Naxalites killed two soldiers in Sukma district on Saturday, police said.", 2),
    ("Houthis killed four Yemeni soldiers in Marib on Saturday, a military official said.", 4),
    ("Maoists killed two jawans in Kistaram village of Sukma district in Chhattisgarh on Saturday, police said.",
     2),
    ("Separatists killed two troopers near Kupwara on Saturday, the army said.", 2),
])
def test_a_killing_of_forces_by_an_unlisted_doer_is_a_clash(text: str, killed: int) -> None:
    assert _events(text) == [("Armed clash", killed)]


@pytest.mark.parametrize("text", [
    "A landslide killed two soldiers in Sukma district on Saturday, police said.",
    "Floods killed three policemen in Bannu on Saturday, officials said.",
    "A speeding truck killed two soldiers in Bannu on Saturday, police said.",
])
def test_a_thing_or_disaster_that_kills_soldiers_is_no_incident(text: str) -> None:
    assert _events(text) == []
