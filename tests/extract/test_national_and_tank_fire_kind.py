"""Kind (issue 10, kind 1: clear incidents give no event): fire named by whose it is or by the
weapon that fired it, with no doer noun.  "Israeli gunfire killed two men": a country's adjective on
the act noun names that state's forces as the shooters, so the shooting is organised violence (in
scope, scope-and-types.md) and no lone gunman's.  "Tank fire hit a house, killing three": a tank's
main gun fires shells, typed as ACLED's Shelling/artillery/missile attack.  A container's tank
("a fuel tank fire") is neither.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("Israeli gunfire killed two men near an aid distribution site in Rafah on Saturday, the health ministry "
     "said.", "Rafah", 2),
    ("Ethiopian gunfire killed four civilians in Lalibela on Thursday, witnesses said.", "Lalibela", 4),
    ("Venezuelan border-guard gunfire killed a smuggler near Cucuta on Monday, Colombian police said.",
     "Cucuta", 1),
    ("On Wednesday, Indian gunfire killed a shepherd in Kotli, Pakistani officials said.", "Kotli", 1),
])
def test_a_states_adjective_on_gunfire_names_its_forces(extract: Extract, text: str, place: str,
                                                         killed: int) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert (event.locations[0].name, event.fatalities) == (place, killed), text


@pytest.mark.parametrize(("text", "place"), [
    ("Israeli tank fire killed four Palestinians near Rafah on Wednesday.", "Rafah"),
    ("Tank fire hit a house in Khan Younis on Monday, killing three people, medics said.", "Khan Younis"),
    ("Russian tank fire destroyed a school in Vovchansk on Tuesday, wounding two teachers.", "Vovchansk"),
    ("Two tank rounds struck a clinic in Beit Lahia on Friday, wounding five nurses, the hospital said.",
     "Beit Lahia"),
])
def test_tank_fire_is_shelling(extract: Extract, text: str, place: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert (event.locations[0].name, event.sub_event_type) == (place, "Shelling/artillery/missile attack"), text


@pytest.mark.parametrize("text", [
    "A fuel tank fire at a depot in Lagos killed three workers on Monday, firefighters said.",
    "An oil storage tank fire at a refinery in Basra killed two workers on Sunday.",
    "A Nigerian trader died in gunfire in Lagos on Monday, police said.",
])
def test_a_containers_tank_or_a_victims_nationality_is_no_armed_fire(extract: Extract, text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text
