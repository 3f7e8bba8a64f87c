"""Kind (issue 10, kind 5, actor1): unnamed doers said to belong to a named group ("gunmen
believed to be members of Boko Haram", "fighters linked to the Islamic State", "insurgents loyal
to X", "militants believed to belong to al-Shabab") are that group.  Only "members of X" was read
before; the phrase of belonging (actor_cues.json, affiliation) is read after the doer noun, also
where the small model makes it the sentence's clause and leaves the act with no subject.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 3, 2)


@pytest.mark.parametrize(("text", "actor"), [
    ("Militants believed to belong to al-Shabab kidnapped three aid workers near Dhobley on Wednesday, "
     "officials said.", "al-Shabab"),
    ("Gunmen believed to be members of Boko Haram killed nine fishermen near Monguno on Thursday, residents said.",
     "Boko Haram"),
    ("Fighters linked to the Islamic State killed 12 soldiers in an ambush near Menaka on Friday, the army said.",
     "Islamic State"),
    ("Insurgents loyal to the Islamic State stormed a village in Cabo Delgado on Sunday, killing seven people, "
     "police said.", "Islamic State"),
    ("Gunmen suspected of belonging to the Fulani militia killed 14 people in Bokkos on Monday, police said.",
     "Fulani militia"),
    # A side named by the leader it follows is the whole phrase.
    ("Troops loyal to General Hamdan shelled a market in Omdurman on Monday, killing 15 people, medics said.",
     "Troops loyal to General Hamdan"),
    # Members of a group, as before.
    ("Suspected members of the ADF killed 22 villagers in Lubero territory overnight, a local official said.", "ADF"),
])
def test_the_group_they_belong_to_is_the_actor(extract: Callable[..., ExtractionResult], text: str,
                                               actor: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].actor1 == actor


def test_doers_said_to_be_of_no_named_group_stay_unnamed(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("Gunmen believed to be bandits killed five traders near Gusau on Sunday, police said.",
                     PUBLISHED).events
    assert len(events) == 1
    assert events[0].actor1 is None
