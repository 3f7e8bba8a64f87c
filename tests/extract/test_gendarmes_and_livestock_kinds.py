"""Kinds (trial 10): (1) gendarmes, a gendarmerie post and national guardsmen are an armed side, so
an attack on them is an armed clash as one on soldiers is; (2) animals counted beside people
("killed three villagers and 25 cows", "shot dead about 40 head of cattle") are no part of the
toll.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report
from eventwire.nlp.casualties import find_casualties


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Jihadists attacked a gendarmerie post in Kantchari, Burkina Faso, on Sunday, killing four gendarmes, security "
    "sources said.",
    "Gunmen ambushed a gendarmerie patrol near Kidira, Senegal, on Sunday and killed two gendarmes, officials said.",
    "Militants ambushed a national guard patrol near Tillaberi on Sunday, killing seven guardsmen, the ministry said.",
])
def test_an_attack_on_gendarmes_is_a_clash(text: str) -> None:
    events = extract_report(Report("gendarmes", text, published=dt.date(2025, 6, 2))).events
    assert [event.sub_event_type for event in events] == ["Armed clash"]


@pytest.mark.parametrize(("text", "killed"), [
    ("Raiders killed three villagers and 25 cows in an attack on the village.", [3]),
    ("Bandits killed seven herders and shot dead about 40 head of cattle.", [7]),
    ("Gunmen killed 12 people and 30 goats near the market.", [12]),
    ("Bandits killed 40 cattle.", []),
    ("The attack killed two soldiers and three civilians.", [5]),
])
def test_animals_are_no_part_of_the_toll(text: str, killed: list[int]) -> None:
    assert [c.value for c in find_casualties(text) if c.kind == "killed"] == killed
