"""Kind (issue 10, kind 7, stray figures): "since July, when fighting between X and Y killed more than
1,000 people" tells a past act by the month it happened in, however the parse hangs "when" (on
the clause's subject, or the clause as a complement of another verb) and whatever follows it
("..., according to the UN, and prompted air strikes in Jos"); before, such a parse left the
figure as a claim of an incident of the day, at the place of the next clause.  The report's own
incident stays.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2025, 10, 17)


@pytest.mark.parametrize("text", [
    "The area has been tense since July, when fighting between armed groups and government forces killed more "
    "than 1,000 people, according to the UN, and prompted air strikes in Jos.",
    "Farmers around Bama have not returned since February, when fighting between soldiers and insurgents "
    "killed 30 villagers, residents said, and left the market in Bama in ruins.",
])
def test_a_when_clause_of_a_past_month_is_background(text: str) -> None:
    assert extract_report(Report("since", text, published=PUBLISHED)).events == []


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("Gunmen killed six farmers in Bokkos on Thursday, police said.\n\nTension has run high in Mangu since "
     "March, when clashes between herders and farmers killed 40 people, according to police, and forced "
     "thousands from their homes.", "Bokkos", 6),
    ("A suicide bomber killed four soldiers in Gao on Friday, the army said.\n\nMarkets in Gao have stayed shut "
     "since May, when a wave of bombings by militants killed 52 people, according to officials, and prompted "
     "a curfew in Timbuktu.", "Gao", 4),
])
def test_the_days_incident_stays(text: str, place: str, killed: int) -> None:
    events = extract_report(Report("since", text, published=PUBLISHED)).events
    assert [(event.locations[0].name, event.fatalities) for event in events] == [(place, killed)]
