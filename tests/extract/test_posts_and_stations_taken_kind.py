"""Kind (issue 10, kinds 1 and 9): a post, position, station or fort taken ("Jihadists overran an
army post in Douentza", "Rebels seized a police station in El Tarra", "Troops recaptured a border post
near Kurmuk", "overran a government position outside Lashio") is a place taken, as a base or an
outpost already was (triggers.json territory; ACLED: control of a location gained through armed
engagement). Before, 'post' and 'station' were no positions and such a report gave no event.
Things seized at a station are not ("Police seized drugs at a bus station"). Sentences written for
this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 4, 10)


@pytest.mark.parametrize(("text", "place", "sub_event_type"), [
    ("Jihadists overran an army post in Douentza on Tuesday, killing six soldiers, the army said.", "Douentza",
     "Non-state actor overtakes territory"),
    ("Rebels seized a police station in El Tarra on Tuesday, residents said.", "El Tarra",
     "Non-state actor overtakes territory"),
    ("Troops recaptured a border post near Kurmuk on Tuesday, the army said.", "Kurmuk",
     "Government regains territory"),
    ("Insurgents overran a government position outside Lashio on Tuesday, killing five soldiers, residents said.",
     "Lashio", "Non-state actor overtakes territory"),
])
def test_a_post_or_station_taken_is_territory(extract: Callable[..., ExtractionResult], text: str, place: str,
                                              sub_event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.sub_event_type) for e in events] == [(place, sub_event_type)]


def test_goods_seized_at_a_station_are_no_event(extract: Callable[..., ExtractionResult]) -> None:
    assert extract("Police seized drugs at a bus station in Kano on Tuesday.", PUBLISHED).events == []
