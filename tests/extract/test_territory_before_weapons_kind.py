"""Kind (issue 10, kind 9, sub-event type): a place taken, told before any weapon ("Rebels seized
the town of Kitshanga ... Five civilians died when mortar bombs and stray bullets hit their homes
during the fighting"), is the territorial change (ACLED: a non-state actor or the government
takes control of a location through armed engagement); the weapons named after it are how the
fight was fought. Before, any named remote weapon outranked the taking and the event was typed
shelling. A weapon told first ("Missiles hit ..., as troops captured two villages") still types
the incident. Sentences written for this test (docs/typing.md)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 2, 8)


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Rebels captured the town of Kitshanga in North Kivu province on Thursday after a day-long battle, residents"
     " said. Five civilians died when mortar bombs and stray bullets hit their homes.",
     "Non-state actor overtakes territory"),
    ("Troops retook the town of Kalaya in Borno State on Friday, the army said. Artillery shells killed four"
     " civilians during the battle, residents said.", "Government regains territory"),
    ("Militants captured Tessit in the Gao region on Wednesday after shelling the camp with rockets, killing nine"
     " soldiers, officials said.", "Non-state actor overtakes territory"),
])
def test_a_taking_told_first_types_the_incident(extract: Callable[..., ExtractionResult], text: str,
                                                sub_event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.sub_event_type for e in events] == [sub_event_type]


def test_a_weapon_told_first_still_types_it(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Russian missiles hit apartment blocks in Kostiantynivka on Friday, killing five people, the governor"
            " said, as Russian troops captured two villages to the east.")
    events = extract(text, PUBLISHED).events
    assert events and events[0].sub_event_type == "Shelling/artillery/missile attack"
