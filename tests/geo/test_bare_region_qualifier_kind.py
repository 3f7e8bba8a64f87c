"""Kind (issue 10, kind 2): a town followed by a bare region name ("Palma, Cabo Delgado",
"Victoria, Manicaland": a name the gazetteer knows only as a region) lies in that region, even when
the gazetteer's town of the name is a larger one abroad (Palma de Mallorca, Victoria in Hong Kong):
the town is kept in the region's country.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]


def _first_places(extract: Extract, text: str) -> list[tuple[str, str | None]]:
    events = extract(text, date(2026, 3, 4)).events
    return [(event.locations[0].name, event.locations[0].country) for event in events]


@pytest.mark.parametrize(("text", "place"), [
    ("Militants attacked an army post near Palma, Cabo Delgado, on Wednesday, killing two soldiers, a local "
     "official said.", ("Palma", "MZ")),
    ("Rebels attacked a police post in Victoria, Manicaland, on Friday, killing one officer, police said.",
     ("Victoria", "ZW")),
])
def test_a_bare_region_after_a_town_holds_it(extract: Extract, text: str, place: tuple[str, str]) -> None:
    assert _first_places(extract, text) == [place]


def test_a_town_of_the_region_is_still_found(extract: Extract) -> None:
    text = "Insurgents beheaded four villagers near Mueda, Cabo Delgado, on Tuesday, a local official said."
    assert _first_places(extract, text) == [("Mueda", "MZ")]
