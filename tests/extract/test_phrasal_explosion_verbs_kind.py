"""Kind (issue 10, kind 1: clear incidents give no event): an explosion told by a phrasal verb ("a
motorcycle packed with explosives blew up", "a device went off") was no act word, so the incident
gave no event, or, after another incident in the same paragraph ("Hours later in X, ..."), was
merged into it.  "blow up" and "go off" are now explosion words (WordNet explode.v.01); with a toll
they are an explosion as ACLED codes one with no weapon named.  An alarm that went off and an
accident's blast stay no event.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 4, 15)
SUNDAY = date(2025, 4, 13)


@pytest.mark.parametrize(("text", "place"), [
    ("A motorcycle packed with explosives blew up near the main park in Jamundí on Sunday, killing a shopkeeper, "
     "police said.", "Jamundí"),
    ("A device went off outside a bus station in Quetta on Sunday, wounding nine people, officials said.", "Quetta"),
    ("Explosives hidden in a cart blew up in a market in Maiduguri on Sunday, killing two traders, residents said.",
     "Maiduguri"),
])
def test_a_phrasal_explosion_is_an_incident(extract: Callable[..., ExtractionResult], text: str, place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.sub_event_type, e.date) for e in events] == [
        (place, "Remote explosive/landmine/IED", SUNDAY)], text


def test_a_later_explosion_elsewhere_is_its_own_incident(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Militants fired mortars at an army post in Bannu on Sunday, wounding three soldiers, officials said. "
            "That evening in Tank, a rickshaw rigged with explosives blew up outside a bakery, killing two customers "
            "and wounding five people, police said.")
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities, e.injured) for e in events] == [("Bannu", None, 3),
                                                                                ("Tank", 2, 5)]


@pytest.mark.parametrize("text", [
    "The fire alarm went off at a school in Kano on Sunday; pupils were evacuated and no one was hurt.",
    "A gas cylinder blew up in a restaurant in Kano on Sunday, killing two cooks, the fire service said.",
])
def test_no_explosion_incident(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text
