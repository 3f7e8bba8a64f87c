"""Failure kind 9 of issue 10: the sub-event type.  The weapon of the act decides remote violence
(ACLED's definitions, ../shared/spec/scope-and-types.md); an attack on armed forces is a clash.
Sentences written for these tests."""

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.extract.typing import type_event
from eventwire.nlp.triggers import TriggerMention, find_triggers
from eventwire.records import ExtractionResult

Extract = Callable[..., ExtractionResult]
AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Israeli warplanes bombed a school compound, killing 12.", AIR),
     ("A helicopter gunship bombarded the village.", AIR),
     ("A kamikaze drone slammed into an apartment block.", AIR),
     ("Artillery and rockets pounded the town.", SHELLING),
     ("A ballistic missile struck the port, the bombing killing four.", SHELLING),
     ("Mortar bombs rained down on the camp.", SHELLING),
     ("A roadside bomb tore through an army truck.", IED),
     ("The bombing at the bus stop killed six.", IED),
     ("A landmine blast killed two shepherds.", IED),
     ("An improvised explosive device exploded beside a police van.", IED)],
)
def test_the_weapon_decides_remote_violence(text: str, expected: str) -> None:
    typed = type_event(find_triggers(text), True, None)
    assert typed == ("Explosions/Remote violence", expected), text


def test_the_weapon_of_the_lede_decides_not_a_later_one() -> None:
    first = "A drone strike hit a car on the coast road on Monday, killing three."
    later = "The area had been hit by rocket fire and a car bomb in earlier weeks, residents recalled."
    sentences = [find_triggers(first), find_triggers(later, len(first) + 1)]
    found = [t for sentence in sentences for t in sentence]
    assert type_event(found, True, None, sentences) == ("Explosions/Remote violence", AIR)


def test_an_explosion_with_no_weapon_is_an_ied() -> None:
    found = [TriggerMention("ied", "explosion", 0, 9, vague=True)]
    assert type_event(found, True, None) == ("Explosions/Remote violence", IED)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [("Fighter jets struck a fuel depot outside Kherson on Sunday, killing two guards, officials said.", AIR),
     ("A house in Kharkiv was struck by a missile on Monday, killing a woman, the governor said.", SHELLING),
     ("Warplanes bombed a market in Saraqib on Tuesday, killing 15 people, rescuers said.", AIR),
     ("A car bomb exploded outside a police station in Kirkuk on Wednesday, killing four officers.", IED),
     ("Two explosions hit a bus in Jerusalem on Thursday, wounding 14 people, police said.", IED),
     ("A suicide bomber blew himself up at a checkpoint in Mogadishu on Friday, killing seven people.",
      "Suicide bomb")],
)
def test_sub_event_type_end_to_end(extract: Extract, text: str, expected: str) -> None:
    (event,) = extract(text, published=date(2024, 5, 10)).events
    assert event.sub_event_type == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["Gunmen opened fire on an army checkpoint near Arish on Monday, killing five soldiers, the army said.",
     "Militants attacked a police post in Tillaberi on Tuesday, killing eight policemen, officials said.",
     "Insurgents stormed a military base near Menaka on Wednesday, killing 20 soldiers, a security source said.",
     "Fighters shot dead three police officers at a checkpoint in Kandahar on Friday, police said.",
     "Jihadists ambushed an army patrol near Djibo on Sunday, killing 11 soldiers, the army said."],
)
def test_an_attack_on_armed_forces_is_an_armed_clash(extract: Extract, text: str) -> None:
    (event,) = extract(text, published=date(2024, 5, 10)).events
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.slow
def test_an_attack_on_civilians_stays_an_attack(extract: Extract) -> None:
    text = "Militants opened fire on worshippers at a mosque in Zamfara on Friday, killing 12 people, police said."
    (event,) = extract(text, published=date(2024, 5, 10)).events
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["Three policemen were shot dead by gunmen in Quetta on Tuesday, officials said.",
     "Two soldiers were killed in a shooting at a checkpoint in Kirkuk on Monday, police said.",
     "Four police officers were killed when assailants opened fire on their patrol near Dori on Saturday.",
     "Assailants gunned down six police officers in Zamfara on Monday, a police spokesman said.",
     "Five security guards were shot dead at an oil field near Sirte on Thursday, officials said."],
)
def test_armed_forces_among_the_victims_make_an_armed_clash(extract: Extract, text: str) -> None:
    (event,) = extract(text, published=date(2024, 5, 10)).events
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["A Russian glide bomb slammed into a school in Kupiansk on Monday, killing three people, the governor "
     "said.",
     "Russian forces hit Sumy with KABs on Friday, killing two, the regional military administration said.",
     # "The bomb" repeats the head of the weapon named before: that weapon, no roadside bomb.
     "The toll from a guided aerial bomb attack on Zaporizhzhia rose to nine on Tuesday, officials said. The bomb "
     "hit a supermarket on Monday afternoon.",
     # A collapsed building is the damage of the attack, not its cause.
     "The toll from a glide bomb attack on Kostiantynivka rose to seven on Wednesday after rescuers pulled two "
     "bodies from a collapsed house, the governor said. The bomb struck the town centre on Tuesday."],
)
def test_bombs_dropped_from_aircraft_are_air_strikes(extract: Extract, text: str) -> None:
    events = extract(text, published=date(2024, 5, 10)).events
    assert [e.sub_event_type for e in events] == [AIR]
