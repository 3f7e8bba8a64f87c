"""Kind (issue 10, kind 1, places): a word of nearness between the preposition and the name ("in
nearby Bokkos", "in neighbouring Kaura", "into adjacent Kebbi") keeps the name a place.  Before,
"nearby" broke the place frame and a small town was not found.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "place"), [
    ("Armed men killed 12 villagers in nearby Bokkos on Sunday, police said.", "Bokkos"),
    ("Bandits killed five farmers in neighbouring Tsafe on Monday, residents said.", "Tsafe"),
    ("Militants ambushed a patrol in nearby Djibo on Friday, killing four soldiers, the army said.", "Djibo"),
])
def test_a_town_after_a_word_of_nearness_is_the_place(extract: Callable[..., ExtractionResult], text: str,
                                                      place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.locations[0].name for e in events if e.locations] == [place], text
