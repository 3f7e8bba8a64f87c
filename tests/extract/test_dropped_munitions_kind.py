"""Kind (issue 10, kind 1, detection): munitions dropped on a place ("Russian aircraft dropped two
guided aerial bombs on Kupiansk", "a drone dropped explosives on a checkpoint") are an air or drone
strike whoever counted its victims: the words of the weapon alone ("aircraft", "aerial bombs") are
vague and needed a casualty or an act word beside them, so a strike that only destroyed buildings
gave no event. ACLED codes bombs dropped from aircraft and explosives dropped from drones as
Air/drone strike. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)
AIR = "Air/drone strike"


@pytest.mark.parametrize(("text", "place"), [
    ("Russian aircraft dropped two guided aerial bombs on Kupiansk overnight, destroying a five-storey"
     " apartment building.", "Kupiansk"),
    ("A drone dropped explosives on an army checkpoint near Apatzingán on Tuesday night, damaging two"
     " vehicles, the defence ministry said.", "Apatzingán"),
    ("Government helicopters dropped barrel bombs on the outskirts of Daraa on Friday, activists said.", "Daraa"),
    ("Junta jets dropped bombs on a market in Lashio on Sunday, residents said.", "Lashio"),
])
def test_munitions_dropped_on_a_place_are_an_air_strike(extract: Callable[..., ExtractionResult], text: str,
                                                        place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.sub_event_type) for e in events] == [(place, AIR)], text


@pytest.mark.parametrize("text", [
    "Aid planes dropped food parcels on flooded villages near Beledweyne on Monday, the UN said.",
    "Prices of fertiliser dropped sharply in Kano markets on Monday, traders said.",
])
def test_other_things_dropped_are_no_strike(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text
