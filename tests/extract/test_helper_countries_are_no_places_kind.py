"""Kind (issue 10, kind 2: places that are not where the incident happened): a country named as the
one that helped a side ("with the help of the United States and France", "with support from
Rwanda", "with the backing of Britain") is a party, not a place of the act: it was listed among, or
instead of, the act's places.  Sentences written for this test (a user-role trial found the kind)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 4, 16)  # a Tuesday


@pytest.mark.parametrize(("text", "places"), [
    ("Kenyan troops, with the help of the United States, killed 12 militants near Lamu on Sunday, the army "
     "said.", ["Lamu"]),
    ("Rebels, with support from Rwanda and Uganda, captured the town of Rutshuru on Monday, residents said.",
     ["Rutshuru"]),
    ("An air strike carried out with the backing of Britain hit Hodeidah on Sunday, killing four people, "
     "the Houthis said.", ["Hodeidah"]),
])
def test_a_helping_country_is_no_place(extract: Callable[..., ExtractionResult], text: str,
                                       places: list[str]) -> None:
    events = extract(text, PUBLISHED).events
    assert [[location.name for location in e.locations] for e in events] == [places], text


def test_interceptions_placed_only_at_helpers_give_no_event(extract: Callable[..., ExtractionResult]) -> None:
    # The place is unknown (the speaker's country is no place of its own words): no event, not the helpers'.
    text = ("Israel said 300 drones and missiles launched by Iran overnight had been intercepted with the help of "
            "the United States, Britain and France.")
    assert extract(text, PUBLISHED).events == []


@pytest.mark.parametrize(("text", "killed"), [
    ("Kenyan troops, with the help of the United States, killed 12 militants near Lamu on Sunday, the army said.",
     12),
    ("Soldiers, under cover of darkness, killed nine insurgents near Maiduguri on Monday, the army said.", 9),
    ("Government troops, alongside allied militiamen, killed 14 rebels near Bambari on Sunday, officials said.", 14),
])
def test_an_aside_opened_by_a_preposition_keeps_the_doer(extract: Callable[..., ExtractionResult], text: str,
                                                          killed: int) -> None:
    # The aside between the doers and the act ("with the help of X") hid the armed doers, so the
    # killing had no doer and no event.
    events = extract(text, PUBLISHED).events
    assert [(e.event_type, e.fatalities) for e in events] == [("Battles", killed)], text
