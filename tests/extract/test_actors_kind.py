"""Actor1 is the agent of the act: a person, force or group, or null (issue 10, kind 5).

Sentences written for these tests (invented incidents). An act, event or weapon noun
("clashes", "air strike", "shelling"), the victims of a headline's reduced passive, a date
and the dateline are never actors.
"""

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from eventwire.extract.actors import find_actor
from eventwire.nlp.triggers import find_triggers
from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]


def actor(nlp: Language, text: str) -> str | None:
    doc = nlp(text)
    (sentence,) = list(doc.sents)
    return find_actor(sentence, find_triggers(sentence.text, sentence.start_char))


@pytest.mark.parametrize("text", [
    "Clashes erupted in Bamako on Sunday, killing eight people.",
    "Missile strikes hit Zaporizhzhia overnight, killing two residents.",
    "An air strike destroyed a clinic in Marib on Tuesday.",
    "Heavy shelling killed five civilians in Avdiivka.",
    "A powerful explosion killed three soldiers near Kismayo.",
    "Drone attacks set fire to a fuel depot in Bryansk.",
    "Fighting between rival groups left 14 dead in Khartoum.",
    "A missile strike killed four people in Kramatorsk on Sunday.",
    "Clashes killed 14 fighters near Marib on Saturday.",
    "A roadside bomb killed two soldiers near Gao.",
    "A car bomb wounded 20 people in Mogadishu on Friday.",
    "An artillery barrage wounded nine civilians in Nikopol.",
    "The mortar attack killed three children in Kidal.",
    "The Kharkiv bombing killed seven people.",
    "The Odesa missile strike killed 12 people on Friday.",
    "A mass shooting at a school in Uvalde killed 21 people.",
])
def test_an_act_or_weapon_is_never_the_actor(nlp: Language, text: str) -> None:
    assert actor(nlp, text) is None


@pytest.mark.parametrize("text", [
    "Troops killed in ambush near Diffa",
    "Soldiers wounded in attack on base in Sinai",
    "Police officers killed in bomb blast in Quetta",
    "Aid workers abducted in raid on convoy near Goma",
    "Peacekeepers wounded in mortar fire near Goma",
])
def test_the_victims_of_a_headline_passive_are_not_the_actor(nlp: Language, text: str) -> None:
    assert actor(nlp, text) is None


@pytest.mark.parametrize("text", [
    "Troops shelled a village near Kadugli on Monday.",
    "Ten gunmen stormed a hotel in Bamako, taking 170 hostages.",
    "Armed men killed six farmers near Bukavu on Sunday.",
    "Militants attacked a checkpoint in Arish on Friday.",
    "Assailants shot dead a district official in Herat.",
])
def test_an_unnamed_plural_of_persons_or_forces_is_no_actor(nlp: Language, text: str) -> None:
    assert actor(nlp, text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian drones hit an energy facility in Sumy, killing one worker.", "Russian"),
    ("Al-Shabaab militants attacked a military base in Lower Shabelle on Friday.", "Al-Shabaab"),
    ("The village was raided by Boko Haram fighters overnight.", "Boko Haram"),
    ("Islamic State claimed responsibility for the bombing in Jalalabad.", "Islamic State"),
    ("Sudanese army troops shelled a market in Omdurman on Monday.", "army"),
    ("Police opened fire on protesters in Nairobi.", "Police"),
    ("An Israeli air strike killed six people in Rafah on Monday.", "Israeli"),
    ("Russian drone strikes killed two people in Kherson overnight.", "Russian"),
    ("Hamas rockets wounded three people in Ashkelon.", "Hamas"),
    ("A journalist was beaten by protesters in Tbilisi.", "protesters"),
    ("Rioters torched a police station in Dhaka on Sunday.", "Rioters"),
    ("Turkish shelling killed four fighters near Kobani.", "Turkish"),
])
def test_the_agent_of_the_act_is_the_actor(nlp: Language, text: str, expected: str) -> None:
    found = actor(nlp, text)
    assert found is not None and expected in found


@pytest.mark.parametrize("text", [
    "KHARTOUM (Wire) — Fierce shelling killed 15 civilians in Omdurman on Sunday, activists said.",
    "NIAMEY (Wire) — An ambush killed 17 soldiers near Tillaberi on Tuesday, the defence ministry said.",
    "ADEN (Wire) — A car bomb killed six people at a checkpoint in Aden on Monday, officials said.",
    "KABUL (Wire) — A suicide bombing killed nine worshippers at a mosque in Kunduz on Friday, police said.",
    "MOGADISHU (Wire) — Mortar fire killed five people in Mogadishu on Sunday, police said.",
    "MOGADISHU, Somalia (Wire) - A car bomb killed nine people near a checkpoint in Mogadishu on Sunday.",
])
def test_a_dateline_is_never_the_actor(extract: Extract, text: str) -> None:
    events = extract(text, published=date(2024, 5, 8)).events
    assert events
    assert all(event.actor1 is None for event in events)
