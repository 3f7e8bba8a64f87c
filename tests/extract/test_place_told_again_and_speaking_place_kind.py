"""Kinds (issue 10 kind 2, places).  (1) The act's sentences name only a country ("Missiles hit
energy facilities in Ukraine") and a sentence just after it tells the act again at a place of that
country ("The strikes hit a substation near Ladyzhyn"): that place is the event's, before the
country.  (2) Where a statement is made ("Speaking to reporters in Washington", "speaking on
state TV in X", "speaking at a rally in Y") is no place of the incident.  Sentences written for
this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _places(text: str) -> list[str]:
    events = extract_report(Report("place", text, published=dt.date(2024, 5, 10))).events
    assert len(events) == 1, events
    return [location.name for location in events[0].locations]


@pytest.mark.parametrize(("text", "first"), [
    ("Missiles hit energy facilities in Ukraine overnight, damaging equipment, the energy ministry said. The strikes "
     "hit a substation near Ladyzhyn.", "Ladyzhyn"),
    ("Drone attacks set fire to an oil terminal in Russia early on Sunday, the company said. The attack hit storage "
     "tanks at the port of Taganrog, the governor said.", "Taganrog"),
    ("Rockets were fired at an air base in Syria on Tuesday, officials said. The rockets landed near the base's "
     "runway outside Al-Mayadin, causing no casualties.", "Al-Mayadin"),
])
def test_the_place_a_later_sentence_tells_the_act_at_comes_before_the_country(text: str, first: str) -> None:
    assert _places(text)[0] == first


@pytest.mark.parametrize(("text", "absent"), [
    ("Rockets hit a base in Iraq's Anbar province on Tuesday. Speaking to reporters in Washington, a Pentagon "
     "spokesman said no one was hurt.", "Washington"),
    ("Drones struck a power station in Sudan's River Nile state on Friday. Speaking on state TV in Kassala, the "
     "information minister blamed the paramilitaries.", "Kassala"),
    ("Militants attacked a police post in Khyber Pakhtunkhwa's Lakki Marwat district on Sunday, killing two "
     "officers. Speaking at a rally in Mardan, the chief minister condemned the attack.", "Mardan"),
])
def test_where_a_statement_is_made_is_no_place(text: str, absent: str) -> None:
    assert absent not in _places(text)


@pytest.mark.parametrize("text", [
    # A speaking clause's day is the statement's, its place the speaker's, its "rally" no protest.
    "RIVNE — Russian missiles killed four people and wounded 19 in Lutsk on Tuesday, the regional governor said.\n\n"
    "Speaking at a news conference in Rivne on Wednesday, Governor Ivan Rudnytskyi said two missiles hit a "
    "warehouse and a dormitory in the city's north.",
    "Gunmen killed five miners at a coal mine in Duki, in Balochistan province, on Sunday, officials said. "
    "Speaking at a rally of his party in Sukkur later on Sunday, the provincial chief minister said the miners had "
    "been dragged from their quarters and shot.",
    # A fronted "In X," before a speech verb, with no figure, is where the statement was made.
    "An air strike on a market in Mellit, in Sudan's North Darfur state, killed 14 people on Monday, local "
    "officials said. In New York, a UN "
    "spokesman said the organisation was alarmed by attacks on civilian sites.",
])
def test_a_statement_made_elsewhere_adds_no_event_and_no_place(text: str) -> None:
    events = extract_report(Report("speaking", text, published=dt.date(2024, 5, 10))).events
    assert len(events) == 1
    names = {location.name for location in events[0].locations}
    assert not names & {"Rivne", "Sukkur", "New York"}
    assert events[0].event_type != "Protests"


def test_where_the_victims_came_from_is_no_place() -> None:
    text = ("Gunmen killed six labourers at a brick kiln near Turbat on Saturday, police said. The labourers, all from "
            "Sindh province, were pulled from their huts and shot, police said.")
    events = extract_report(Report("origin", text, published=dt.date(2024, 5, 10))).events
    assert len(events) == 1
    assert "Sindh" not in {location.name for location in events[0].locations}
