"""Kinds (trial 9): (1) where the wounded were taken ("evacuated by helicopter to Ouagadougou",
"flown by plane to Bamako") is no place of the act, and the helicopter or plane that carried them
is no air strike; (2) a headline that names a land region spanning several first-level regions
("... in Darfur camp") and a body that names a town in one of them (El Fasher, North Darfur) tell
one incident (data/lexicons/land_regions.tsv "spans").  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "place", "sub_event_type"), [
    ("Jihadists attacked an army post in Djibo on Sunday. Twelve soldiers were killed, and about 20 wounded were "
     "evacuated by helicopter to Ouagadougou, security sources said.", "Djibo", "Armed clash"),
    ("A roadside bomb hit a bus near Kidal on Sunday, killing six passengers. Nine injured were flown by plane to "
     "Bamako for treatment, officials said.", "Kidal", "Remote explosive/landmine/IED"),
    ("Gunmen stormed a police station in Gwoza on Sunday, killing four officers. Seven wounded officers were "
     "taken by helicopter to Maiduguri, police said.", "Gwoza", "Armed clash"),
])
def test_the_evacuation_is_neither_place_nor_air_strike(text: str, place: str, sub_event_type: str) -> None:
    events = extract_report(Report("evac", text, published=dt.date(2025, 6, 2))).events
    assert [(event.locations[0].name, event.sub_event_type) for event in events] == [(place, sub_event_type)]


@pytest.mark.parametrize(("text", "first"), [
    ("Drone strike kills 14 at Darfur market\n\nA drone hit the livestock market in Tawila, North Darfur, on "
     "Sunday, killing 14 people, a medical charity said.", "Tawila"),
    ("Drone strike kills nine in Donbas town\n\nA Russian drone hit a bus station in Kostiantynivka on Sunday, "
     "killing nine people, regional officials said.", "Kostiantynivka"),
    ("Militants kill five soldiers in Sinai\n\nMilitants attacked an army checkpoint near Sheikh Zuweid on "
     "Sunday, killing five soldiers, security sources said.", "Sheikh Zuweid"),
])
def test_a_headline_land_region_holds_the_bodys_town(text: str, first: str) -> None:
    events = extract_report(Report("region", text, published=dt.date(2025, 6, 2))).events
    assert len(events) == 1, events
    assert events[0].locations[0].name == first


def test_a_headline_over_two_incidents_types_neither() -> None:
    text = ("Drone strike hits militants in Darfur; shells land in Omdurman market\n\n"
            "An army drone struck an RSF convoy near Kutum in North Darfur on Saturday, killing six fighters, the "
            "army said.\n\nIn Omdurman, several artillery shells landed in a market late on Saturday, wounding "
            "eleven people, a medical source said.")
    events = extract_report(Report("two", text, published=dt.date(2025, 6, 2))).events
    assert sorted((event.locations[0].name, event.sub_event_type) for event in events) == [
        ("Kutum", "Air/drone strike"), ("Omdurman", "Shelling/artillery/missile attack")]
