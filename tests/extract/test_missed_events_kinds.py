"""Kinds of missed events (a report tells an incident and none was written):

- an attack whose victims are political targets named in the plural or by a role the old list
  lacked ("two journalists were shot dead", "a municipal councillor") is political violence
  (data/lexicons/political_targets.json);
- a capture of a place named by its kind ("seized a military outpost", "captured the strategic
  border town of X", "took over two army camps") is a territory change, and a force named by
  anything but a country ("the Arakan Army", "Houthi forces") is a non-state actor;
- people captured or seized ("captured two oil workers", "seized 30 villagers") are abducted
  (a place captured is territory; weapons seized are neither);
- a clause headed by "after"/"following" that tells the act and its place, before a main clause
  that only gives the toll ("Following a raid on a post near X, four gunmen are dead"), is the
  same incident, not another one; a doer word among the counted victims ("four gunmen are dead")
  names no act.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 4)


@pytest.mark.parametrize(("text", "place"), [
    ("Two journalists were shot dead in Tegucigalpa by unidentified attackers on Monday.", "Tegucigalpa"),
    ("Gunmen shot dead a municipal councillor in Acapulco on Sunday, prosecutors said.", "Acapulco"),
    ("Three activists were stabbed outside their office in Karachi on Friday.", "Karachi"),
    ("Unknown assailants opened fire on two election workers in Kandahar on Tuesday.", "Kandahar"),
    ("A gunman shot two reporters covering a land dispute near Cagayan de Oro on Wednesday.", "Cagayan de Oro"),
    ("Two local councilmen were gunned down in Cebu on Saturday, police said.", "Cebu"),
])
def test_an_attack_on_political_targets_is_an_event(extract: Callable[..., ExtractionResult], text: str,
                                                     place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events, text
    assert events[0].event_type == "Violence against civilians"
    assert place.lower() in events[0].locations[0].name.lower()


@pytest.mark.parametrize(("text", "place", "sub_event_type"), [
    ("Fighters of the Arakan Army seized a military outpost near Sittwe after two days of fighting, residents said.",
     "Sittwe", "Non-state actor overtakes territory"),
    ("Jihadists captured the strategic border town of Boni on Sunday, according to a local official.", "Boni",
     "Non-state actor overtakes territory"),
    ("Rebels overran an army base outside Goma on Tuesday, a UN source said.", "Goma",
     "Non-state actor overtakes territory"),
    ("Taliban fighters took control of the provincial capital of Kunduz on Monday.", "Kunduz",
     "Non-state actor overtakes territory"),
    ("The army recaptured the ancient city of Palmyra from jihadists on Friday, state media said.", "Palmyra",
     "Government regains territory"),
    ("Houthi forces took over two military camps in Marib province overnight, tribal sources said.", "Marib",
     "Non-state actor overtakes territory"),
])
def test_a_capture_of_a_place_named_by_its_kind_is_territory(extract: Callable[..., ExtractionResult], text: str,
                                                             place: str, sub_event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events, text
    assert events[0].sub_event_type == sub_event_type
    assert place.lower().replace("'", "") in events[0].locations[0].name.lower().replace("'", "")


@pytest.mark.parametrize("text", [
    "Police seized the passports of the town's residents in Mopti on Monday.",
    "Customs officers seized a shipment of rifles at the port of Mombasa on Tuesday.",
    "Officials said they would take over the running of the camp in Dadaab next year.",
])
def test_seizing_things_is_no_territory(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == []


@pytest.mark.parametrize(("text", "place", "sub_event_type", "killed"), [
    ("Following a dawn raid by militants on an army post near Mopti, three soldiers and four gunmen are dead.",
     "Mopti", "Armed clash", None),
    ("After a bombing at a market in Maiduguri, at least 14 people are dead, officials said.", "Maiduguri",
     "Remote explosive/landmine/IED", 14),
    ("Following a rocket attack on a base near Erbil, two contractors have died.", "Erbil",
     "Shelling/artillery/missile attack", 2),
    ("After clashes between herders and farmers in Bokkos, 30 people are dead.", "Bokkos", "Armed clash", 30),
    ("After an air strike on a wedding party in Saada, 20 civilians have died, medics said.", "Saada",
     "Air/drone strike", 20),
    ("Following a grenade attack on a bar in Bujumbura, three people are dead.", "Bujumbura", "Grenade", 3),
])
def test_a_toll_after_the_act_clause_is_that_incident(extract: Callable[..., ExtractionResult], text: str,
                                                       place: str, sub_event_type: str, killed: int | None) -> None:
    events = extract(text, PUBLISHED).events
    assert events, text
    assert place.lower() in events[0].locations[0].name.lower()
    assert events[0].sub_event_type == sub_event_type
    if killed is not None:
        assert events[0].fatalities == killed


def test_a_toll_with_a_place_of_its_own_is_another_incident(extract: Callable[..., ExtractionResult]) -> None:
    text = "Two days after the bombing in Kabul, five people were killed in Herat by a roadside bomb."
    events = extract(text, PUBLISHED).events
    assert [e.locations[0].name for e in events] == ["Herat"]


@pytest.mark.parametrize(("text", "place"), [
    ("ELN guerrillas captured two oil workers near Arauca on Monday, the army said.", "Arauca"),
    ("Al-Shabaab militants captured four aid workers in Garissa on Friday.", "Garissa"),
    ("Rebels seized 30 villagers in Bunia overnight, local officials said.", "Bunia"),
    ("Houthi fighters captured three journalists in Sanaa on Wednesday.", "Sanaa"),
    ("Gunmen seized 20 passengers from a bus near Zamfara on Sunday, police said.", "Zamfara"),
    ("Armed men captured two Chinese engineers near Kaduna on Thursday.", "Kaduna"),
])
def test_people_captured_are_abducted(extract: Callable[..., ExtractionResult], text: str, place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events, text
    assert events[0].sub_event_type == "Abduction/forced disappearance"
    assert place.lower() in events[0].locations[0].name.lower()


def test_weapons_seized_from_people_are_no_abduction(extract: Callable[..., ExtractionResult]) -> None:
    assert extract("Police seized the weapons of two soldiers in Lagos.", PUBLISHED).events == []
