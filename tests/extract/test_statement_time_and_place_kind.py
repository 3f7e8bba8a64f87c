"""Kind (trial 9: a statement's day and place taken for the act's): "The police chief told a news
conference in Bogotá on Sunday that five drones hit the station" after a lead that dates the
attack to Saturday tells the same attack; Sunday is the day of the statement and Bogotá where it
was made, so neither opens another incident nor places this one.  The act's own place after "said"
("officials said 12 people were killed in Kassala") stays.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "published", "day", "place", "not_place"), [
    ("Dissidents attacked an army base in Tibú, Colombia, with drones on Saturday, killing two soldiers. The "
     "regional commander told a news conference in Cúcuta on Sunday that four drones dropped grenades on the "
     "base.", dt.date(2025, 8, 4), dt.date(2025, 8, 2), "Tibú", "Cúcuta"),
    ("Militants stormed a village near Diffa, Niger, on Thursday, killing nine people. The governor told state "
     "television in Niamey on Sunday that the attackers had burned the village.", dt.date(2025, 3, 10),
     dt.date(2025, 3, 6), "Diffa", "Niamey"),
    ("A car bomb killed six people in Mogadishu on Saturday. The police commissioner told reporters in Baidoa on "
     "Sunday that the bomber drove into a checkpoint.", dt.date(2025, 3, 10), dt.date(2025, 3, 8), "Mogadishu",
     "Baidoa"),
    ("The army said in Bamako on Sunday that troops had killed 20 militants near Menaka on Saturday.",
     dt.date(2025, 3, 10), dt.date(2025, 3, 8), "Menaka", "Bamako"),
])
def test_the_statements_day_and_place_are_not_the_acts(text: str, published: dt.date, day: dt.date, place: str,
                                                        not_place: str) -> None:
    events = extract_report(Report("statement", text, published=published)).events
    assert len(events) == 1, events
    names = [location.name for location in events[0].locations]
    assert events[0].date == day
    assert names[0] == place and not_place not in names, names


def test_the_acts_place_after_said_stays() -> None:
    events = extract_report(Report("said", "Officials said 12 people were killed in Kassala on Friday when a drone "
                                   "hit the market.", published=dt.date(2025, 3, 10))).events
    assert [location.name for event in events for location in event.locations][:1] == ["Kassala"]


def test_a_passive_report_places_what_is_reported() -> None:
    events = extract_report(Report("passive", "Missiles struck western Ukraine on Monday. Deaths were reported in "
                                   "Lviv, where three people were killed, officials said.",
                                   published=dt.date(2025, 3, 10))).events
    assert "Lviv" in [location.name for event in events for location in event.locations]


@pytest.mark.parametrize("text", [
    "Paramilitaries killed 17 civilians when they stormed a village east of El Obeid, Sudan, on Saturday, a doctors' "
    "union said. The union said in a statement late on Sunday that another 26 people were hurt and that the "
    "attackers looted homes.",
    "Gunmen killed 17 villagers in a raid on Bokkos, Nigeria, on Saturday, police said. Police said in a statement "
    "early on Monday that another 26 people were wounded and that the gunmen stole cattle.",
])
def test_a_statement_dated_late_or_early_adds_its_figures(text: str) -> None:
    events = extract_report(Report("late", text, published=dt.date(2025, 5, 12))).events
    assert [(event.fatalities, event.injured) for event in events] == [(17, 26)]


@pytest.mark.parametrize("text", [
    "YOLA — Soldiers beat back an assault by militants on Dikwa, Borno State, on Friday, killing nine of them, the "
    "army said. Traders said shops stayed shut after the shooting and that the market had reopened by Sunday "
    "afternoon.",
    "Militants attacked a police post in Bannu, Pakistan, on Friday, killing two officers, police said. Shops "
    "stayed shut after the firing, and traffic had resumed by Sunday.",
])
def test_a_day_something_was_reached_by_dates_no_act(text: str) -> None:
    events = extract_report(Report("by", text, published=dt.date(2025, 3, 16))).events
    assert len(events) == 1, events
