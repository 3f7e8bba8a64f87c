"""Kind (issue 10, kind 2): a country named after "near" ("shot in a village near Lebanon",
"killed four herders near Niger") was taken as the incident's place, though a place near a country
lies outside it. Such a country is a neighbour, as the one a border is shared with; the incident is
placed by its other places, and with none it is left out with a warning, never put in the
neighbour. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 6, 25)


@pytest.mark.parametrize("text", [
    "Syrian troops shot dead two smugglers in a village near Jordan on Monday, activists said.",
    "Gunmen killed four herders near Niger on Monday, officials said.",
    "Soldiers fired on a car close to Lebanon on Monday, killing two men, residents said.",
])
def test_the_country_near_is_no_place(extract: Callable[..., ExtractionResult], text: str) -> None:
    result = extract(text, PUBLISHED)
    assert result.events == [] and len(result.warnings) == 1


def test_a_town_near_stays(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("Gunmen killed four herders near Menaka on Monday, officials said.", PUBLISHED).events
    assert [e.locations[0].name for e in events] == ["Menaka"]
