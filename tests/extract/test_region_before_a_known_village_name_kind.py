"""Kind (issue 10, kind 2): "the Zamfara village of Kairu", "the Sagaing region village of Kani": the
region named before the settlement noun holds the village, also when the gazetteer knows the
village's name only elsewhere (a Kairu in Texas, a Kani in Japan were chosen); and a region that
shares its name with its capital ("Kaduna") is the region there, so the unknown village lies in the
state. A part of a town ("the Tunis suburb of X") stays the town's. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 6, 10)


@pytest.mark.parametrize(("text", "place", "country", "admin1"), [
    ("Bandits abducted 30 villagers from the Zamfara village of Kairu on Sunday, police said.",
     "Kairu", "NG", "Zamfara State"),
    ("Junta aircraft bombed the Sagaing region village of Kani on Sunday, killing nine, residents said.",
     "Kani", "MM", "Sagaing Region"),
    ("Bandits killed six farmers in the Kaduna village of Ungwan Gora on Sunday, police said.",
     "Ungwan Gora", "NG", "Kaduna State"),
    ("Gunmen torched homes in the Katsina village of Dandume on Sunday, killing four, a local official said.",
     "Dandume", "NG", "Katsina State"),
])
def test_the_region_before_the_settlement_noun_holds_the_village(
        extract: Callable[..., ExtractionResult], text: str, place: str, country: str, admin1: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country, e.locations[0].admin1) for e in events] == [
        (place, country, admin1)]
