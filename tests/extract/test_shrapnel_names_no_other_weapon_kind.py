"""Kind (issue 10, kind 1: clear incidents give no event): people hurt or killed by shrapnel, with no
other weapon named ("A journalist was wounded by shrapnel in Kherson", "Shrapnel killed two farmers
near Sderot"), is shelling as ACLED types a projectile of no named kind; the word was no act, so the
sentence had a toll and no incident.  A named weapon beside it decides the type.  Sentences written
for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 9, 18)  # a Thursday


@pytest.mark.parametrize(("text", "place", "killed", "injured", "sub_event_type"), [
    ("A journalist was wounded by shrapnel in Kherson on Sunday, the regional governor said.",
     "Kherson", None, 1, "Shelling/artillery/missile attack"),
    ("Shrapnel killed two farmers working in a field near Sderot on Tuesday, police said.",
     "Sderot", 2, None, "Shelling/artillery/missile attack"),
    ("Three children were injured by shrapnel while playing outside their home in Marinka on Monday, local "
     "officials said.", "Marinka", None, 3, "Shelling/artillery/missile attack"),
    ("A car bomb exploded outside a hotel in Mogadishu on Monday, spraying shrapnel that wounded six people, "
     "police said.", "Mogadishu", None, 6, "Remote explosive/landmine/IED"),
])
def test_shrapnel_is_an_act(extract: Callable[..., ExtractionResult], text: str, place: str,
                           killed: int | None, injured: int | None, sub_event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities, e.injured, e.sub_event_type) for e in events] == [
        (place, killed, injured, sub_event_type)], text


def test_shrapnel_removed_years_later_is_no_incident(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Surgeons in Lviv on Monday removed shrapnel that a veteran had carried in his leg since the battle "
            "for Ilovaisk in 2014.")
    assert extract(text, PUBLISHED).events == []


@pytest.mark.parametrize(("text", "sub_event_type", "injured"), [
    ("Air defences shot down 12 drones over Kyiv overnight, the city administration said. Falling shrapnel "
     "wounded two people in the Darnytskyi district.", "Disrupted weapons use", 2),
    ("A Russian missile struck a school in Sumy on Monday. Shrapnel injured four people in a nearby street in "
     "the Kovpakivskyi district, the regional administration said.", "Shelling/artillery/missile attack", 4),
])
def test_shrapnel_after_the_act_is_what_the_act_did(extract: Callable[..., ExtractionResult], text: str,
                                                    sub_event_type: str, injured: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.sub_event_type, e.injured) for e in events] == [(sub_event_type, injured)], text
