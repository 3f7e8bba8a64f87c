"""Kind (issue 10, kind 1): a building's collapse or a blaze that the sentence puts down to a weapon
("Fifteen people were killed when part of a block collapsed after Ukrainian shelling", "Shelling
kills 15 in apartment collapse") was read as a disaster, whose frame covered the weapon: no event.
The collapse is the weapon's result, not the cause of the deaths; a block that collapses with no
weapon named ("a war-damaged block collapsed") stays a disaster (scope-and-types.md). Sentences
written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 13)


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("Fifteen people were killed when part of an apartment block in Belgorod collapsed after Ukrainian shelling on "
     "Sunday, Russian officials said.", "Belgorod", 15),
    ("Twelve people died when a five-storey building in Donetsk collapsed after a Ukrainian missile strike on "
     "Sunday, officials said.", "Donetsk", 12),
    ("Ukrainian shelling kills 15 in Belgorod apartment collapse, Russia says", "Belgorod", 15),
])
def test_the_weapon_is_the_incident(extract: Callable[..., ExtractionResult], text: str, place: str,
                                    killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.event_type, e.fatalities) for e in events] == [
        (place, "Explosions/Remote violence", killed)]


@pytest.mark.parametrize("text", [
    "Six people were killed when a war-damaged apartment block in Kharkiv collapsed on Sunday, officials said.",
    "Four workers died when a warehouse collapsed in Odesa on Sunday, officials said.",
])
def test_a_collapse_with_no_weapon_stays_a_disaster(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == []
