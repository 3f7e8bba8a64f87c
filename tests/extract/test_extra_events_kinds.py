"""Kinds of look-alikes typed as the wrong event:

- a demonstration named as the scene of another act ("as he left a campaign rally", "a bomb went
  off at a rally") is no protest: the act is the event;
- grenades, stun grenades or tear-gas grenades used on protesters are force against protesters,
  not the Grenade sub-event (ACLED: Protest with intervention / Excessive force against protesters);
- weapons that are sold, donated, supplied or shipped are goods, and an act named only as what an
  accusation or allegation is about is no reported event (extract/scope.py);
- "riot police", "anti-riot units" are no riot;
- a threat, warning or vow ("threatened to fire missiles at X", "warned of air strikes") or an act
  under a modal of possibility ("rebels could storm the town") has not happened;
- hostages freed, rescued, released or returning home tell an earlier abduction, not a new one;
- a topic label naming the story ("2020 Belarusian protests: ...") over an item that tells no act
  or toll of its own is no event.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 4)


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("An attacker stabbed a councillor during a town-hall rally in Gdansk on Sunday evening, wounding three.",
     "Attack"),
    ("A sniper opened fire on a senator attending a campaign rally in Cali on Saturday, killing two "
     "bodyguards.", "Attack"),
    ("A bomb exploded at an opposition rally in Peshawar on Friday, killing six people.",
     "Remote explosive/landmine/IED"),
    ("Gunmen opened fire on a journalist outside a rally in Managua on Monday, wounding two bystanders.", "Attack"),
    ("A man shot an opposition candidate at a rally in Kisumu on Thursday, injuring four people, police said.",
     "Attack"),
    ("Assailants stabbed two activists after a rally in Mandalay on Sunday, killing one.", "Attack"),
])
def test_a_rally_as_the_scene_is_no_protest(extract: Callable[..., ExtractionResult], text: str,
                                           sub_event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events, text
    assert events[0].sub_event_type == sub_event_type


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Police fired tear gas and stun grenades at students protesting in Dhaka on Monday.",
     "Protest with intervention"),
    ("Riot police used flash-bang grenades against demonstrators marching in Tbilisi overnight.",
     "Protest with intervention"),
    ("Security forces lobbed tear gas grenades at protesters marching on parliament in Nairobi on Tuesday.",
     "Protest with intervention"),
    # Stun grenades that hurt people, no one killed: an intervention (ACLED: lethal force is excessive).
    ("Police threw stun grenades at a crowd of protesters in Caracas on Saturday, injuring five.",
     "Protest with intervention"),
    ("Officers fired pepper spray and sound grenades at demonstrators in Belgrade on Friday.",
     "Protest with intervention"),
])
def test_grenades_on_protesters_are_force_against_protesters(extract: Callable[..., ExtractionResult], text: str,
                                                             sub_event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events, text
    assert events[0].sub_event_type == sub_event_type


@pytest.mark.parametrize("text", [
    "Police fired at demonstrators outside the parliament in Nairobi on Tuesday, wounding 14.",
    "Troops opened fire at protesters in Mandalay on Sunday, killing five people, witnesses said.",
])
def test_fire_at_protesters_keeps_the_protest(extract: Callable[..., ExtractionResult], text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events, text
    assert events[0].sub_event_type == "Excessive force against protesters"


@pytest.mark.parametrize("text", [
    "Poland announced that it will donate its remaining fighter jets to Ukraine.",
    "Turkey agreed to sell armed drones and artillery shells to Niger, officials said on Monday.",
    "A shipment of missiles from Iran reached the port of Hodeidah on Friday, according to the coalition.",
    "Germany pledged to supply air defence missiles and howitzers to Kyiv by the end of the year.",
    "Morocco has purchased combat drones from Israel, the defence ministry confirmed.",
])
def test_an_arms_transfer_is_no_attack(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == []


@pytest.mark.parametrize("text", [
    "Ethiopia and Eritrea resumed talks in Nairobi amid accusations of cross-border shelling.",
    "Armenia and Azerbaijan traded accusations of artillery attacks along the border near Lachin on Monday.",
    "Pakistan dismissed Kabul's allegations of air strikes in Khost province.",
    "Colombia's government denied accusations of aerial bombings of rebel camps near Arauca.",
    "Venezuela rejected allegations of drone strikes on camps near Cucuta, the ministry said.",
])
def test_an_act_named_only_in_an_accusation_is_no_event(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == []


@pytest.mark.parametrize("text", [
    "Riot police were deployed in Lagos on Monday ahead of the vote.",
    "Anti-riot units patrolled the streets of Dakar after the verdict, residents said.",
    "A riot squad stood guard outside the parliament in Nairobi on Tuesday.",
    "Riot police officers lined the route of the parade in Santiago on Sunday.",
    "Hundreds of riot police guarded polling stations in Harare on Wednesday.",
])
def test_riot_police_are_no_riot(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == []


def test_an_attack_beside_a_purchase_is_kept(extract: Callable[..., ExtractionResult]) -> None:
    text = "Israel bought interceptors while Hamas rockets hit Sderot on Tuesday, wounding three."
    events = extract(text, PUBLISHED).events
    assert events and events[0].sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text", [
    "2019 Sudanese protests: The African Union suspends Sudan's membership until a civilian authority is installed "
    "in Khartoum.",
    "2020 Belarusian protests: The European Union imposes sanctions on officials in Minsk.",
    "London riots: Parliament is recalled from its summer recess in London.",
    "Shelling of Donetsk: The OSCE opens a new monitoring office in Donetsk.",
    "Anglophone Crisis: Cameroon clashes: Cameroon's president meets opposition leaders in Yaounde.",
])
def test_a_topic_label_over_an_item_with_no_act_is_no_event(extract: Callable[..., ExtractionResult],
                                                            text: str) -> None:
    assert extract(text, PUBLISHED).events == []


def test_a_topic_label_over_an_act_keeps_it(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("Boko Haram insurgency: Gunmen kill 12 villagers in Konduga, officials said.", PUBLISHED).events
    assert events and events[0].fatalities == 12


@pytest.mark.parametrize("text", [
    "The militia warned of new air strikes on Sanaa if talks fail.",
    "The army vowed to retake Kidal from the rebels.",
    "Houthi leaders threatened to fire missiles at Riyadh, the group's channel said.",
    "The Taliban warned of suicide attacks on Kabul during the vote.",
    "Hamas threatened to launch rockets at Tel Aviv if the raids continue.",
    "Pakistan warned of air strikes on militant hideouts in Khost.",
])
def test_a_threat_or_warning_is_no_event(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == []


@pytest.mark.parametrize(("text", "place"), [
    ("Militants who had threatened the town attacked a checkpoint in Mopti on Monday, killing four soldiers.", "Mopti"),
    ("Police warned residents of Jos after gunmen killed five villagers there on Sunday.", "Jos"),
])
def test_an_act_beside_a_threat_is_kept(extract: Callable[..., ExtractionResult], text: str, place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events and events[0].locations[0].name == place


@pytest.mark.parametrize("text", [
    "Three hostages return home to Manila after two years in captivity.",
    "Twelve hostages were released in Bamako on Monday after negotiations, officials said.",
    "Colombian commandos rescued four hostages from ELN guerrillas near Arauca.",
    "The last of the hostages held in Jolo were reunited with their families on Sunday.",
    "Two aid workers are safely home in Niamey after their release by the kidnappers, the ministry said.",
    "Malian soldiers freed 12 hostages in Gao on Tuesday, the army said.",
    "Kidnappers released six hostages in Port Harcourt on Friday after a ransom was paid.",
])
def test_hostages_freed_are_no_new_abduction(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == []


def test_an_abduction_is_kept(extract: Callable[..., ExtractionResult]) -> None:
    text = "Gunmen abducted 30 passengers near Kaduna on Monday and took them hostage, police said."
    events = extract(text, PUBLISHED).events
    assert events and events[0].sub_event_type == "Abduction/forced disappearance"
