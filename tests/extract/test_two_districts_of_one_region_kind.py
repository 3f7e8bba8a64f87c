"""Kind (issue 10, kind 6): clauses of one sentence in two districts of one first-level region ("Eight
militants were killed in North Waziristan, while five others died in Lakki Marwat district") were
one incident: a region's two towns parted, its two districts did not. Two units below the region
with names of their own, or a town further from a district's seat than a district reaches
(DISTRICT_REACH_KM), are two places. A town and the district it lies in stay one. Sentences
written for this test; before the change each report gave one event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 11, 4)


@pytest.mark.parametrize(("text", "events"), [
    ("Eight militants were killed in an operation in the Datta Khel area of North Waziristan on Monday, while "
     "five others died in an exchange of fire in Lakki Marwat district, the military said.",
     [("Datta Khel", 8), ("Lakki Marwat district", 5)]),
    ("Gunmen killed six villagers in Kauru district on Sunday, while bandits shot dead four farmers in "
     "Birnin Gwari district, police said.", [("Kauru district", 6), ("Birnin Gwari district", 4)]),
])
def test_two_districts_are_two_incidents(extract: Callable[..., ExtractionResult], text: str,
                                         events: list[tuple[str, int]]) -> None:
    assert [(e.locations[0].name, e.fatalities) for e in extract(text, PUBLISHED).events] == events


def test_a_town_and_its_district_stay_one(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Militants attacked a checkpoint in Wana on Monday, killing three soldiers, and two more died in "
            "the fighting elsewhere in South Waziristan, officials said.")
    assert [(e.locations[0].name, e.fatalities) for e in extract(text, PUBLISHED).events] == [("Wana", 5)]
