"""Kind (issue 10, kind 1: clear incidents give no event): an attack word ("opened fire",
"shot dead", "stabbed") whose doer is an armed group or force ("gunmen", "bandits", "armed
men", "soldiers") is organised violence whatever the motive (scope-and-types.md: violence by
armed groups, gangs, militias); one attacker with no motive stays ordinary crime.  Reports
written for this test."""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 3, 11)


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen opened fire on a wedding party near Bandiagara on Saturday, killing 14 people.", "Bandiagara"),
    ("Bandits shot dead seven traders on the road between Gusau and Tsafe on Sunday, police said.", "Gusau"),
    ("Armed men stabbed four farmers to death in a village near Bunia on Monday, local leaders said.", "Bunia"),
    ("Three villagers were shot dead by militiamen near Djugu on Sunday night, a rights group said.", "Djugu"),
    ("Soldiers opened fire on a crowd of traders in Gao on Monday, wounding six, witnesses said.", "Gao"),
])
def test_an_armed_groups_attack_is_an_incident(extract: Extract, text: str, place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1 and events[0].locations[0].name == place, events


@pytest.mark.parametrize("text", [
    "A gunman opened fire at a bar in Austin on Saturday, killing three people, police said. The motive was not "
    "immediately known.",
    "A man shot dead his neighbour in Leeds on Sunday after a row about parking, police said.",
])
def test_one_attacker_without_a_motive_stays_crime(extract: Extract, text: str) -> None:
    assert extract(text, PUBLISHED).events == []


@pytest.mark.parametrize("text", [
    "A police commander, Major Eric Lisasi, confirmed the attack on the hamlet near Butembo but put the toll at "
    "eight dead.",
    "A military source said the assault on the market in Gao killed nine traders.",
    "The assault on a settlement near Kaya left 17 herders dead, a gendarmerie officer told Reuters.",
])
def test_a_speakers_force_is_no_target(extract: Extract, text: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.sub_event_type == "Attack"


@pytest.mark.parametrize(("text", "place"), [
    ("Armed gangs invaded the town of Arcahaie overnight on Tuesday and torched the town hall, residents said.",
     "Arcahaie"),
    ("Militants stormed a hamlet near Menaka on Sunday and burned dozens of huts, residents said.", "Menaka"),
    ("Armed bandits swept through Tsafe late on Thursday, looting shops and homes, police said.", "Tsafe"),
    ("Bandits raided the town of Tsafe on Thursday night and plundered the market, police said.", "Tsafe"),
])
def test_an_armed_groups_vague_act_is_an_incident(extract: Extract, text: str, place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1 and events[0].locations[0].name == place, events


def test_a_crowd_storming_stays_a_riot(extract: Extract) -> None:
    text = "Protesters stormed the parliament building in Nairobi on Tuesday and set parts of it on fire, police said."
    (event,) = extract(text, PUBLISHED).events
    assert event.event_type == "Riots"


@pytest.mark.parametrize("text", [
    "Suspected jihadists fired on residents at a weekly market near Ayorou on Sunday, killing 16, a local official "
    "said.",
    "Gunmen on motorcycles opened up and fired at worshippers leaving a mosque in Katsina on Friday, killing seven.",
    "Soldiers fired on villagers fleeing the fighting near Bunia on Monday, killing four, a rights group said.",
])
def test_fire_on_people_is_gunfire_not_shelling(extract: Extract, text: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.sub_event_type == "Attack", event.sub_event_type


def test_fire_on_a_town_stays_shelling(extract: Extract) -> None:
    text = "Russian forces fired on Kherson overnight, killing two people, the governor said."
    (event,) = extract(text, PUBLISHED).events
    assert event.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text", [
    "Angry residents torched a police post in Kisii on Monday, police said.",
    "Irate villagers set fire to the district office in Bauchi on Sunday, accusing officials of corruption.",
    "Angry youths set fire to a police station in Jos on Wednesday, the state government said.",
])
def test_a_crowd_burning_a_building_is_a_riot(extract: Extract, text: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.event_type == "Riots"
