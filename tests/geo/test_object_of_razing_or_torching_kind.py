"""Kind (issue 10, kind 2): a village the gazetteer lacks, named as the object of razing, torching
or ransacking ("Suspected jihadists razed X, Burkina Faso", "troops torched X on Saturday",
"fighters ransacked X in central Mali"), is the incident's place whatever entity label the small
model gives the name; "razed" is an act of property destruction (triggers.json looting, WordNet
3.0 raze.v.01). Before, "razed" was no act, and such names were dropped for the model's person
or organisation label, so the event went to the country or was lost. Sentences written for this
test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 7, 20)


@pytest.mark.parametrize(("text", "place"), [
    ("Suspected jihadists razed Nassoumbou-Peulh, Burkina Faso, on Thursday, killing 12 people.",
     ("Nassoumbou-Peulh", "BF")),
    ("Myanmar troops torched Let Pan Chaung on Saturday, killing two elderly residents, local media in Myanmar "
     "reported.", ("Let Pan Chaung", "MM")),
    ("Fighters ransacked Kouakourou in central Mali on Tuesday, residents said.", ("Kouakourou", "ML")),
])
def test_the_object_of_razing_or_torching_is_the_place(extract: Callable[..., ExtractionResult], text: str,
                                                       place: tuple[str, str]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country) for e in events] == [place]


def test_razing_a_village_is_property_destruction(extract: Callable[..., ExtractionResult]) -> None:
    text = "Militiamen razed the village of Kabasele near Tshikapa on Wednesday, residents said."
    events = extract(text, PUBLISHED).events
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]
