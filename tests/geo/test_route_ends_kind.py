"""Kind (issue 10, kinds 1 and 2): the ends of a route ("on the road between Bint Jbeil and
Aitaroun", "the road from Gao to Ansongo", "the highway linking X with Y") are places whatever
label the model gives the names (two Arabic or African town names are often read as a person's),
so the incident keeps its place instead of being dropped.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]


def _places(extract: Extract, text: str) -> list[list[str]]:
    events = extract(text, date(2026, 3, 4)).events
    return [[location.name for location in event.locations] for event in events]


@pytest.mark.parametrize(("text", "places"), [
    ("A drone strike on a car on the road between Bint Jbeil and Aitaroun killed two men on Tuesday, the health "
     "ministry said.", ["Bint Jbeil"]),
    ("A roadside bomb hit a convoy on the road from Gao to Ansongo on Friday, killing two soldiers, the army said.",
     ["Gao", "Ansongo"]),
    ("Gunmen ambushed a bus on the highway linking Zalingei and Nyala on Monday, killing five passengers, "
     "witnesses said.", ["Zalingei", "Nyala"]),
])
def test_the_ends_of_a_route_are_places(extract: Extract, text: str, places: list[str]) -> None:
    assert _places(extract, text) == [places]
