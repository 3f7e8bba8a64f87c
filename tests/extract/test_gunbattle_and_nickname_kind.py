"""Kinds (issue 10, kinds 1 and 2): a fight named by a closed or hyphenated compound ("a
gunbattle", "a shoot-out") was no act word, so its sentence gave no incident; and a nickname in
quotes inside a person's name ('Ismael "El Mayo" Zambada') was read as a village of that name.
The clash words of triggers.json take the compounds; a quoted name between a given name and a
surname is no place.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 10, 14)


@pytest.mark.parametrize(("text", "place"), [
    ("Soldiers and cartel gunmen fought a gunbattle in Reynosa on Monday that left seven dead, officials said.",
     "Reynosa"),
    ("Four police officers died in a shoot-out with gang members in Port-au-Prince on Sunday.", "Port-au-Prince"),
    ("State police raised the number killed in Sunday's gunbattle near Apatzingan to 8.", "Apatzingan"),
])
def test_gunbattle_and_shoot_out_are_armed_clashes(extract: Extract, text: str, place: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert (event.sub_event_type, [loc.name for loc in event.locations]) == ("Armed clash", [place]), text


@pytest.mark.parametrize(("text", "place"), [
    ('Gunmen loyal to Ismael "El Mayo" Zambada clashed with troops near Navolato on Monday, leaving five dead.',
     "Navolato"),
    ('Gunmen working for Nemesio "El Mencho" Oseguera fought police in a village near Aguililla on Monday, '
     "killing six.", "Aguililla"),
])
def test_a_quoted_nickname_is_no_place(extract: Extract, text: str, place: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert [loc.name for loc in event.locations] == [place], text
