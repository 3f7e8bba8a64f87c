"""Look-alike kinds (issue 10, kind 8; trial 9): (1) a headline over an accident ("Tanker explosion
kills 31") names the lead's accident, and a lead that names no weapon under an accident headline
("Blast at fireworks depot kills nine") tells that accident; (2) an act a participle clause puts
in a drill ("fired missiles at a corvette, sinking it in a live-fire drill") is practice; (3) a
sentence opening on the war the sentence before told as history ("The fighting killed more than
4,000 people") gives that war's toll, no incident.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Gas tanker blast kills 19 in Kogi\n\nLOKOJA, Nigeria (Confluence News) - At least 19 people died and 40 were "
    "hurt when a gas tanker skidded off the road and exploded outside Okene on Tuesday, the fire service said.",
    "Blast at fireworks depot kills nine in Tamil Nadu\n\nNine workers were killed when an explosion tore through "
    "a warehouse near Sivakasi on Monday, police said.",
    "Gas explosion kills six in Karachi\n\nSix people were killed when a blast ripped through a restaurant in "
    "Karachi on Monday, rescue officials said.",
    "Japanese and Australian warships fired missiles at a retired frigate off Okinawa on Wednesday, sinking it in "
    "a joint live-fire drill, the navy said.",
    "Russian warships fired cruise missiles at targets in the Barents Sea on Tuesday, hitting them in a naval "
    "exercise, the defence ministry said.",
    "The army defeated the Tamil Tigers in May 2009, ending a civil war of 26 years. The fighting killed between "
    "80,000 and 100,000 people in Sri Lanka and displaced hundreds of thousands.",
    "The army launched an offensive against the rebels in the Kivus in early 2022. The campaign killed hundreds of "
    "civilians and forced a million from their homes.",
])
def test_no_incident(text: str) -> None:
    assert extract_report(Report("lookalike", text, published=dt.date(2024, 12, 3))).events == []


@pytest.mark.parametrize(("text", "killed"), [
    ("Car bomb kills nine in Mogadishu\n\nA car bomb exploded near a hotel in Mogadishu on Monday, killing nine "
     "people, police said.", 9),
    ("Rebels attacked an army base near Butembo in Congo on Monday, killing six soldiers, the army said. The "
     "fighting lasted three hours, a spokesman said.", 6),
])
def test_the_incident_stays(text: str, killed: int) -> None:
    events = extract_report(Report("incident", text, published=dt.date(2024, 12, 3))).events
    assert [event.fatalities for event in events] == [killed]
