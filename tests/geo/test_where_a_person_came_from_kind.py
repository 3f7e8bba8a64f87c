"""Kind (issue 10, kind 2: places that are not where the incident happened): the place a person comes
from, told in a settlement frame after "from" ("the attackers, from the West Bank city of Hebron,
were shot dead") or by a noun of belonging set off beside the person ("the bomber, a native of the
town of X"; "the attacker, a resident of Nablus"), is no place of the act: it was added to the
event's places.  A "from" that tells where people were driven or taken keeps its place.
Sentences written for this test (a user-role trial found the kind)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 10, 2)  # a Wednesday


@pytest.mark.parametrize(("text", "places"), [
    ("Two gunmen opened fire at a light-rail station in Jaffa on Tuesday, killing seven people, police said. "
     "The attackers, from the West Bank city of Hebron, were shot dead at the scene.", ["Jaffa"]),
    ("A suicide bomber killed nine soldiers at a base in Gao on Monday, the army said. The bomber, a native of "
     "Ansongo, had joined the group a year before.", ["Gao"]),
    ("Gunmen killed five worshippers at a mosque in Kano on Friday, police said. The gunmen, from the "
     "neighbouring town of Funtua, fled on motorcycles.", ["Kano"]),
    ("An attacker shot dead two policemen at a checkpoint in Quetta on Tuesday. The attacker, a resident of "
     "Mastung, was arrested.", ["Quetta"]),
])
def test_where_the_attackers_came_from_is_no_place_of_the_act(
        extract: Callable[..., ExtractionResult], text: str, places: list[str]) -> None:
    events = extract(text, PUBLISHED).events
    assert [[location.name for location in e.locations] for e in events] == [places], text


def test_a_town_the_rebels_were_driven_from_stays(extract: Callable[..., ExtractionResult]) -> None:
    text = "Troops drove the rebels from the border town of Rutshuru on Tuesday, killing 12 of them, the army said."
    assert [[location.name for location in e.locations] for e in extract(text, PUBLISHED).events] == [["Rutshuru"]]
