"""Look-alike kinds (issue 10, kind 8), reports written for these tests:

- launches with no reported impact ("Russia launched 356 drones and decoys at Ukraine
  overnight"): out of scope (scope-and-types.md: "launches with no reported impact");
- a road accident of soldiers ("their truck overturned", "skidded into a ravine"): an accident, not
  a clash;
- an explosion in an arms factory while handling powder, sabotage ruled out; weapons named as a
  factory's products or exports ("produces artillery shells") are goods, not an act.
"""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 7, 8)


@pytest.mark.parametrize("text", [
    "Russia launched 356 drones and decoys at Ukraine overnight, the Ukrainian air force said on Saturday.",
    "Iran fired about 180 ballistic missiles towards Israel on Tuesday night, the Israeli military said.",
    "The Houthis said they had fired four drones towards Eilat on Monday.",
])
def test_a_launch_with_no_impact_is_no_incident(extract: Extract, text: str) -> None:
    assert extract(text, PUBLISHED).events == []


@pytest.mark.parametrize("text", [
    "Russia launched 120 drones at Ukraine overnight, killing three people in Odesa, the governor said.",
    "Iran fired missiles at Israel on Tuesday; one hit a house in Beersheba, wounding two people.",
    "The Houthis fired two drones at a tanker in the Red Sea on Monday, setting it ablaze, its operator said.",
    "The Houthis launched two drones at a tanker off Hodeidah on Monday, setting it ablaze.",
])
def test_a_launch_with_an_impact_is_an_incident(extract: Extract, text: str) -> None:
    assert len(extract(text, PUBLISHED).events) >= 1


@pytest.mark.parametrize("text", [
    "Seven paramilitary troops died and 12 were hurt when their lorry rolled over on a hill road near Gilgit on "
    "Monday, the military said.",
    "Four policemen died when their patrol vehicle skidded into a ravine near Kohat on Monday, officials said.",
    "Nine troops were killed after an army bus plunged into a gorge in Doda district on Monday.",
])
def test_a_road_accident_of_soldiers_is_no_clash(extract: Extract, text: str) -> None:
    assert extract(text, PUBLISHED).events == []


@pytest.mark.parametrize("text", [
    "An explosion at an ammunition factory in Cacak killed six workers on Sunday during the handling of gunpowder, "
    "police said, ruling out sabotage.",
    "A blast at an arms depot near Plovdiv killed two workers on Sunday; investigators ruled out sabotage.",
])
def test_an_arms_factory_accident_is_no_bombing(extract: Extract, text: str) -> None:
    assert extract(text, PUBLISHED).events == []


@pytest.mark.parametrize("text", [
    "The factory produces artillery shells, some of which have been exported to Ukraine.",
    "The plant in Izhevsk manufactures drones and cruise missiles for the army.",
])
def test_weapons_as_products_are_no_act(extract: Extract, text: str) -> None:
    assert extract(text, PUBLISHED).events == []


@pytest.mark.parametrize("text", [
    "North Korea test-fired two short-range ballistic missiles into the sea off its east coast on Wednesday, "
    "South Korea's military said.",
    "Iran tested a new cruise missile over the Gulf on Monday, state media said.",
    "Germany delivered another air defence system and 20,000 artillery shells to Ukraine on Wednesday, the "
    "defence ministry in Berlin said.",
    "The United States will ship 50 armoured vehicles and mortar rounds to Kenya next month, officials said.",
])
def test_a_weapons_test_or_delivery_is_no_incident(extract: Extract, text: str) -> None:
    assert extract(text, date(2024, 9, 12)).events == []
