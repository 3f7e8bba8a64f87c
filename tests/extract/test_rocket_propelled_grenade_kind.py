"""Kind (issue 10, kind 9, sub-event type): a rocket-propelled grenade is fired from a launcher in a
fight, not thrown (scope-and-types.md: Grenade is "a thrown grenade"), so a fight with RPGs is an
armed clash; a grenade thrown or hurled stays a Grenade.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _types(text: str) -> list[str]:
    report = Report("rpg", text, published=dt.date(2025, 3, 10))
    return [event.sub_event_type or "" for event in extract_report(report).events]


@pytest.mark.parametrize("text", [
    "Houthi fighters attacked positions held by government forces on the western edge of Taiz city on Sunday "
    "night with rocket-propelled grenades and machine guns, killing seven soldiers, a military official said.",
    "Gang members fired a rocket-propelled grenade at a police armoured vehicle in Port-au-Prince on Sunday, "
    "wounding three officers, police said.",
    "MOGADISHU - Al-Shabaab fighters armed with RPGs stormed a military base in Beledweyne on Sunday, killing "
    "nine soldiers, a commander said.",
])
def test_a_fight_with_rocket_propelled_grenades_is_an_armed_clash(text: str) -> None:
    assert _types(text) == ["Armed clash"]


def test_a_thrown_grenade_stays_a_grenade() -> None:
    assert _types("A man threw a hand grenade into a market in Imphal on Sunday, wounding six people, police "
                  "said.") == ["Grenade"]
