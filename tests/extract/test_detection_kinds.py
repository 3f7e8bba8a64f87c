"""Failure kind 1 of issue 10: clear incidents that gave no event.

An incident is a violence predicate (any inflection, found by lemma) with its casualty figure as
evidence; it must not depend on one parse being right.  Sentences written for these tests."""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2024, 5, 10)


def one_event(extract: Extract, text: str) -> tuple[str, str, int | None, int | None]:
    (event,) = extract(text, published=PUBLISHED).events
    return event.locations[0].name, event.sub_event_type, event.fatalities, event.injured


@pytest.mark.parametrize(
    ("text", "place", "killed", "injured"),
    [("A powerful explosion tore through a bus station in Quetta on Thursday, killing 11 people, police said.",
      "Quetta", 11, None),
     ("Twin blasts in Maiduguri killed at least 18 people on Sunday evening, an emergency official said.",
      "Maiduguri", 18, None),
     ("Three explosions rocked Mogadishu on Saturday, leaving 25 people dead, according to police.",
      "Mogadishu", 25, None),
     ("A blast at a market in Peshawar killed nine people and wounded 30 on Sunday, police said.",
      "Peshawar", 9, 30),
     ("Blast kills seven at market in Jalalabad", "Jalalabad", 7, None)],
)
def test_generic_explosion_with_a_figure_is_an_incident(extract: Extract, text: str, place: str, killed: int | None,
                                                        injured: int | None) -> None:
    assert one_event(extract, text) == (place, "Remote explosive/landmine/IED", killed, injured)


@pytest.mark.parametrize(
    ("text", "place", "sub_event_type"),
    [("A strike on a house in Rafah killed eight members of one family overnight, medics said.", "Rafah",
      "Air/drone strike"),
     ("An attack on a checkpoint near Arish killed six police officers on Monday, security sources said.", "Arish",
      "Armed clash"),
     ("A raid by gunmen on a village in Katsina left 17 people dead on Sunday, police said.", "Katsina", "Attack"),
     ("An onslaught on Khartoum by paramilitary fighters killed 40 people on Saturday, activists said.", "Khartoum",
      "Attack"),
     ("An ambush in Tillaberi killed 12 soldiers on Wednesday, the defence ministry said.", "Tillaberi",
      "Armed clash")],
)
def test_generic_acts_with_a_figure_are_incidents(extract: Extract, text: str, place: str,
                                                 sub_event_type: str) -> None:
    assert one_event(extract, text)[:2] == (place, sub_event_type)


@pytest.mark.parametrize(
    ("text", "place", "killed", "injured"),
    [("An air strike killed at least 9 people in Khan Younis on Thursday, the health ministry said.",
      "Khan Younis", 9, None),
     ("A drone attack wounded nine people in Sumy on Tuesday, the regional administration said.", "Sumy", None, 9),
     ("An Israeli strike killed five people in Tyre on Wednesday, Lebanon's health ministry said.", "Tyre", 5, None),
     ("A missile attack killed three people in Zaporizhzhia overnight, the governor said.", "Zaporizhzhia", 3,
      None),
     ("A mortar round killed two children in Bakhmut on Friday, officials said.", "Bakhmut", 2, None)],
)
def test_act_parsed_as_the_speaker_keeps_its_place(extract: Extract, text: str, place: str, killed: int | None,
                                                   injured: int | None) -> None:
    name, _, fatalities, wounded = one_event(extract, text)
    assert (name, fatalities, wounded) == (place, killed, injured)


@pytest.mark.parametrize(
    ("text", "place"),
    [("Missiles hit central Odesa on Friday, killing six people, the governor said.", "Odesa"),
     ("Drones struck northern Kharkiv overnight, injuring four residents.", "Kharkiv"),
     ("Shelling of eastern Aleppo killed 12 civilians on Monday, a monitor said.", "Aleppo"),
     ("Rockets slammed into downtown Donetsk on Sunday, killing three people.", "Donetsk"),
     ("Air strikes pounded southern Beirut on Thursday, killing seven people, the ministry said.", "Beirut")],
)
def test_a_modifier_before_the_place_keeps_the_place(extract: Extract, text: str, place: str) -> None:
    assert one_event(extract, text)[0] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [("Between 30 and 50 people were killed in an air strike on a market in Sanaa on Tuesday, witnesses said.",
      "Sanaa"),
     ("Between 10 and 15 soldiers were killed when insurgents attacked a base near Menaka on Monday.", "Menaka"),
     ("From 20 to 25 civilians were killed by shelling in Avdiivka on Saturday, officials said.", "Avdiivka"),
     ("Up to 40 people were killed and dozens wounded in a bombing in Kabul on Friday, police said.", "Kabul"),
     ("Between 5 and 8 policemen were wounded in a grenade attack in Srinagar on Wednesday.", "Srinagar")],
)
def test_a_range_of_victims_is_an_incident(extract: Extract, text: str, place: str) -> None:
    assert one_event(extract, text)[0] == place


@pytest.mark.parametrize(
    ("text", "place", "sub_event_type"),
    [("Troops shelled villages outside Idlib on Tuesday, killing four civilians, rescuers said.", "Idlib",
      "Shelling/artillery/missile attack"),
     ("Artillery kept pounding Kherson on Monday, and two residents died, the governor said.", "Kherson",
      "Shelling/artillery/missile attack"),
     ("Jihadists gunned down five farmers near Djibo on Sunday, local sources said.", "Djibo", "Attack"),
     ("Insurgents ambushed a military convoy near Gao, killing nine soldiers, the army said.", "Gao", "Armed clash"),
     ("Warplanes bombarded rebel positions near El Fasher on Friday, killing 22 fighters, a rebel spokesman said.",
      "El Fasher", "Air/drone strike"),
     ("Militants stormed an army post near Bannu on Thursday, killing six soldiers, officials said.", "Bannu",
      "Armed clash"),
     ("Raiders torched a village in Zamfara on Monday, killing 14 people, residents said.", "Zamfara State",
      "Attack")],
)
def test_violence_verbs_in_any_inflection(extract: Extract, text: str, place: str, sub_event_type: str) -> None:
    assert one_event(extract, text)[:2] == (place, sub_event_type)


@pytest.mark.parametrize(
    "text",
    ["A gas explosion at a restaurant in Ankara killed five people on Monday, officials said.",
     "A boiler blast at a textile factory in Dhaka killed nine workers on Tuesday, firefighters said.",
     "An explosion at a fireworks warehouse in Puebla killed seven people, officials said.",
     "A mine collapse in Zacatecas killed 12 miners on Friday, rescuers said.",
     "A helicopter crashed near Kabul on Sunday, killing all five people on board, officials said."],
)
def test_an_accident_cause_makes_no_incident(extract: Extract, text: str) -> None:
    assert extract(text, published=PUBLISHED).events == []


@pytest.mark.parametrize(
    ("text", "place"),
    [("Heavy fighting in Bakhmut killed 14 soldiers on Tuesday, officials said.", "Bakhmut"),
     ("Fighting between two militias in Sirte left 23 people dead on Monday, a hospital said.", "Sirte"),
     ("An army offensive near Marawi killed 30 fighters last week, the military said.", "Marawi"),
     ("Rival clans fighting in Beledweyne killed nine people on Sunday, elders said.", "Beledweyne"),
     ("Israel and Syria exchanged artillery fire in Quneitra on Sunday, killing two soldiers.", "Quneitra")],
)
def test_fighting_with_a_figure_is_an_armed_clash(extract: Extract, text: str, place: str) -> None:
    assert one_event(extract, text)[:2] == (place, "Armed clash")
