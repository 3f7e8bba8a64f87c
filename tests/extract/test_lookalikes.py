"""Failure kind 8 of issue 10: look-alikes of incidents get no event.

A disaster's toll, a verdict or trial about an attack, a commemoration, a lone attacker with a
private or unknown motive (``../shared/spec/scope-and-types.md``, "Out of scope"); a report that
also tells a new incident keeps that one.  Reports invented for these tests.
"""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]

LOOKALIKES = [
    # disaster as the cause of the toll
    "A fire at an ammunition depot near Kharkiv set off a series of blasts on Sunday, injuring 12 people, "
    "officials said.",
    "Explosions rocked a fireworks warehouse in Kumasi on Friday after a blaze spread from a nearby market, "
    "killing seven workers, the fire service said.",
    # a court about an old attack
    "An anti-terrorism court in Lahore on Monday sentenced a militant to death for a suicide bombing that "
    "killed 30 worshippers at a mosque.",
    "A judge in Mombasa acquitted three men on Tuesday of charges linked to the grenade attack on a church that "
    "killed two worshippers.",
    "The trial of four men accused of planning the bombing of a bus in Jerusalem that killed eight passengers "
    "opened on Monday.",
    # commemoration
    "Thousands marched through Oslo on Monday to commemorate the victims of the bomb attack on the government "
    "quarter.",
    "Relatives laid wreaths in Kramatorsk on Monday at a memorial to the 60 people killed when a missile hit the "
    "railway station.",
    # a lone attacker, no political motive
    "A gunman opened fire at a nightclub in Tampere on Saturday, killing five people, police said. Security "
    "forces sealed off the area. The motive was not immediately known.",
    "A teenager shot dead two classmates at a school in Kazan on Monday, police said. Investigators said the "
    "shooting was not terror-related.",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_gives_no_event(extract: Extract, text: str) -> None:
    assert extract(text, published=date(2025, 7, 14)).events == []


WITH_AN_INCIDENT = [
    # (report, place of the one event)
    ("A court in Kabul sentenced two men on Sunday for a 2019 bombing. On Monday, a roadside bomb killed "
     "four policemen in Ghazni, officials said.", "Ghazni"),
    ("Mourners gathered in Beirut on Tuesday to mark the anniversary of the port blast. Hours later, an "
     "Israeli drone strike killed two Hezbollah members in Tyre.", "Tyre"),
    ("Floods killed 20 people in Sindh on Sunday. In Bannu, militants attacked a police station, killing "
     "three officers.", "Bannu"),
]


@pytest.mark.parametrize(("text", "place"), WITH_AN_INCIDENT)
def test_lookalike_beside_a_new_incident_keeps_it(extract: Extract, text: str, place: str) -> None:
    (event,) = extract(text, published=date(2025, 7, 15)).events
    assert event.locations[0].name == place


def test_a_vigil_for_a_recent_attack_keeps_the_attack(extract: Extract) -> None:
    text = ("Hundreds held a vigil in Peshawar on Tuesday for the 14 worshippers killed in Monday's suicide "
            "bombing at a mosque in the city.")
    (event,) = extract(text, published=date(2025, 7, 15)).events
    assert event.sub_event_type == "Suicide bomb"


@pytest.mark.parametrize("text", [
    "Three children were killed when an old landmine exploded near Kandahar on Sunday, police said.",
    "A shepherd was wounded when he stepped on unexploded ordnance near Kupiansk on Monday, officials said.",
    "Two farmers died on Tuesday near Izium when their tractor hit a mine left over from the war, the regional "
    "governor said.",
    "Four boys were killed near Sirte on Friday while playing with a decades-old shell they had found, "
    "medics said.",
    "A landmine exploded under a car near Kabul on Monday, killing four people. \"It was an old mine, not a "
    "roadside bomb,\" a police official said.",
])
def test_lookalike_remnants_of_war_are_accidents(extract: Extract, text: str) -> None:
    # Explosive remnants of war going off are accidents (scope-and-types.md), not attacks.
    assert extract(text, published=date(2025, 7, 15)).events == []


@pytest.mark.parametrize("text", [
    "A roadside bomb killed four soldiers near Gao on Sunday, the army said.",
    "Militants planted a landmine that killed three soldiers near Kidal on Sunday, the army said.",
])
def test_lookalike_new_mines_stay_attacks(extract: Extract, text: str) -> None:
    assert len(extract(text, published=date(2025, 7, 15)).events) == 1
