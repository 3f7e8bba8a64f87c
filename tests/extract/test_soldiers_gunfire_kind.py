"""Kind (issue 10, kind 9): gunfire is no bombardment.  Soldiers, policemen or marines (a state
force named by its members, who carry small arms) firing on people, a boat or a vehicle attack
them (ACLED: Violence against civilians / Attack), and so does anyone firing at what carries
people ("a pilgrims' minibus", "the driver's car"); a post or checkpoint named is the shooters' own
scene.  Firing on an armed group stays a clash, and "the army fired on" a town stays shelling.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 6, 9)


@pytest.mark.parametrize("text", [
    "Soldiers fired on a crowded ferry near Buthidaung on Saturday, killing six people, the rebel group said.",
    "Policemen fired on a minibus at a checkpoint outside Kisumu on Sunday, killing the driver, relatives said.",
    "Marines fired at a fishing boat off Zamboanga on Tuesday, wounding two fishermen, the coast guard said.",
    "Soldiers aboard an armoured vehicle fired at a taxi near Kumba on Friday, killing two passengers, a "
    "local rights group said.",
    "Unknown men fired on the driver's car outside Kikwit on Thursday, wounding him and a colleague, police said.",
    # "opened fire", a roadblock named, members named by their force's word or a two-word title.
    "Soldiers opened fire on a minibus at a roadblock outside Bambari on Tuesday, killing four passengers, a "
    "rights group said.",
    "Coast guard sailors fired on a fishing canoe near Bakassi on Tuesday, killing two men, relatives said.",
    "Border guards fired on a group of unarmed fuel smugglers near Chaman on Sunday, killing two men, a rights "
    "group said.",
])
def test_gunfire_at_people_or_what_carries_them_is_an_attack(extract: Extract, text: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack"), text


def test_soldiers_firing_on_an_armed_group_fight_it(extract: Extract) -> None:
    text = "Soldiers fired on militants hiding in a farmhouse near Bannu on Monday, killing three, the army said."
    (event,) = extract(text, PUBLISHED).events
    assert event.sub_event_type == "Armed clash"


def test_an_army_firing_on_a_town_is_still_shelling(extract: Extract) -> None:
    text = "The army fired on Khan Younis overnight, killing four people, the health ministry said."
    (event,) = extract(text, PUBLISHED).events
    assert event.sub_event_type == "Shelling/artillery/missile attack"
