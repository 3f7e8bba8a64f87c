"""Kind: a district, province or town whose own name begins with a compass word ("North
Waziristan", "South Kivu", "West Kordofan"), which the gazetteer may lack.  The compass word is
part of the name, not a direction: the name keeps it, and is placed at its container."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.geo.geocode import geocode
from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "name", "country"), [
    ("A bomb hit a convoy in Ghana's North Tongu district on Thursday.", "North Tongu district", "GH"),
    ("Troops clashed with rebels in the East Mamprusi district of Ghana's North East region.",
     "East Mamprusi district", "GH"),
    ("Gunmen raided a village in the South Gondar zone of Ethiopia's Amhara region.", "South Gondar zone", "ET"),
    ("Militants ambushed police in the Upper Dir district, Khyber Pakhtunkhwa, on Monday.",
     "Upper Dir district", "PK"),
    # A town, then its compass-named district that land_regions.tsv knows whole.
    ("A drone fired a missile at a house near Wana, South Waziristan, killing three militants.", "South Waziristan",
     "PK"),
])
def test_compass_word_stays_in_the_name(text: str, name: str, country: str) -> None:
    chosen = [(m.chosen.name, m.chosen.country) for m in geocode(text) if m.chosen is not None]
    assert (name, country) in chosen


def test_a_lower_case_direction_is_not_part_of_the_name() -> None:
    chosen = [m.chosen.name for m in geocode("Militants attacked a checkpoint in northern Kurram district, Pakistan.")
              if m.chosen is not None]
    assert "Kurram district" in chosen


@pytest.mark.parametrize(("text", "town"), [
    ("Fighters shelled a market near Babanusa, West Kordofan, on Sunday, killing seven people.", "Babanusa"),
    ("Drones fired two missiles at a compound near Mir Ali, North Waziristan, killing four militants.", "Mir Ali"),
    ("Gunmen on motorbikes killed nine villagers in Kouri Gado, East Gourma, in Burkina Faso on Sunday.", "Kouri Gado"),
])
def test_a_town_comes_before_its_compass_named_district(extract: Callable[..., ExtractionResult], text: str,
                                                        town: str) -> None:
    events = extract(text, date(2024, 5, 6)).events
    assert events, text
    assert events[0].locations[0].name == town
