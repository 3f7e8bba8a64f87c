"""Kind (issue 10, kind 1: a place lost, so the event too): a town named as where a weapon fell
("dropped a glide bomb on Seredyna-Buda", "jets dropped two bombs on Kyauktaw") was no
place when the model labelled it a person or left it unlabelled and the town is small: "on" was a
place word only after an act noun ("an attack on X").  "On" after a noun of what is dropped or
fired (bomb, missile, rocket, shell, drone, munitions) now names where it fell.  Sentences written
for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 3, 12)


@pytest.mark.parametrize(("text", "place"), [
    ("A Russian plane dropped a glide bomb on Seredyna-Buda on Tuesday, wounding two men, the governor said.",
     "Seredyna-Buda"),
    ("Junta jets dropped two bombs on Kyauktaw on Tuesday, killing five villagers, a local aid group said.",
     "Kyauktaw"),
    ("A Russian jet dropped a glide bomb on Vovchansk on Tuesday, injuring four residents, the governor said.",
     "Vovchansk"),
    ("RSF fighters fired rockets on Dilling on Tuesday, killing four people, a doctor said.", "Dilling"),
    ("Insurgents fired mortars on Bama on Tuesday, wounding six residents, police said.", "Bama"),
])
def test_where_a_weapon_fell_is_the_place(extract: Callable[..., ExtractionResult], text: str, place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.locations[0].name for e in events] == [place], text
