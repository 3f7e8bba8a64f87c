"""Kinds (issue 10 kinds 2 and 8).  (1) A name before a noun for an armed group or a people ("Zintan
militias", "Juarez cartel", "members of the Zaghawa community", place_frames.json
group_name_nouns) names the group, not a place, even where the gazetteer has a place so named.
(2) An undated act with no figure told only as a charge or a record of the past ("have been
accused of", "have documented") is background, not an incident, even at a place the report
names.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report
from eventwire.geo.frames import mention_role
from eventwire.nlp.pipeline import annotate

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Zintan militias clashed with government forces near the airport on Sunday.", "Zintan", "name"),
    ("Gunmen of the Juarez cartel ambushed soldiers on Friday.", "Juarez", "name"),
    ("Gunmen killed members of the Zaghawa community in an attack on Friday.", "Zaghawa", "name"),
    ("Gunmen killed six people in Zintan on Sunday.", "Zintan", "place"),
])
def test_a_name_before_a_group_noun_names_the_group(text: str, name: str, role: str) -> None:
    doc = annotate(text, None)
    start = next(token.i for token in doc if token.text == name)
    assert mention_role(doc, start, start + 1) == role


@pytest.mark.parametrize("text", [
    "YANGON — Soldiers have been accused of torching villages across Chin state. Rights groups have documented "
    "the killing of hundreds of Rohingya in Matupi township.",
    "KHARTOUM — Paramilitary fighters have been accused of killing civilians from the Fur community in "
    "Zalingei, rights monitors say.",
    "TRIPOLI — Zintan militias have been accused of abuses in detention centres around the capital.",
])
def test_a_charge_or_record_without_day_or_figure_is_no_event(text: str) -> None:
    assert extract_report(Report("record", text, published=dt.date(2024, 5, 10))).events == []


def test_a_dated_act_beside_the_charges_stays() -> None:
    text = ("KHARTOUM — Paramilitary fighters have been accused of killing civilians in Zalingei, rights monitors "
            "say. On Monday, shelling hit a market in Kosti, killing seven people, a local doctor said.")
    events = extract_report(Report("kept", text, published=dt.date(2024, 5, 10))).events
    assert [(event.locations[0].name, event.fatalities) for event in events] == [("Kosti", 7)]
