"""Kind (issue 10, kind 2): a unit named after its main town ("Walikale territory", "Bannu
district", "Douentza cercle", "Shiroro LGA") is that unit, not the town: a region-level place at
the town's point and region, so that a village named in it comes first.  Sentences written for
this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.geo.geocode import geocode
from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Rebels raided a hamlet in eastern Congo's Walikale territory on Tuesday.", "Walikale territory", "CD"),
    ("Militiamen attacked a camp in Congo's Djugu territory on Friday.", "Djugu territory", "CD"),
    ("Militants attacked a police post in Pakistan's Bannu district on Saturday.", "Bannu district", "PK"),
    ("Gunmen attacked a village in Mali's Douentza cercle on Thursday.", "Douentza cercle", "ML"),
    ("Militants attacked a checkpoint in Pakistan's Dera Ismail Khan district on Friday.", "Dera Ismail Khan district",
     "PK"),
])
def test_a_town_name_with_a_unit_word_is_the_unit(text: str, name: str, country: str) -> None:
    chosen = [(m.chosen.name, m.chosen.country, m.chosen.feature) for m in geocode(text) if m.chosen is not None]
    assert (name, country, "region") in chosen, chosen


def test_the_village_comes_before_its_unit(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Militiamen killed nine displaced people in an attack on a village in Congo's Djugu territory on "
            "Friday. The assailants entered the village of Fataki shortly after midnight, a local aid worker said.")
    (event,) = extract(text, date(2025, 5, 12)).events
    assert event.locations[0].name != "Djugu territory"
