"""A killing by an armed actor is an incident even with no act word ("Militants killed 12
soldiers"), and a killing by an ordinary person is not (scope-and-types.md)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 4)


@pytest.mark.parametrize(("text", "place", "sub_event_type"), [
    ("Militants killed between 12 and 15 soldiers near Menaka on Monday, the army said.", "Menaka", "Armed clash"),
    ("Gunmen killed four villagers in Kukawa on Monday, police said.", "Kukawa", "Attack"),
    ("Troops killed eight insurgents in a raid near Dori on Saturday, the military said.", "Dori", "Armed clash"),
    ("Bandits killed 23 people in Zamfara state on Sunday, a local official said.", "Zamfara", "Attack"),
    ("Five soldiers killed in Borno, the army says.", "Borno", "Armed clash"),
    ("Suspected jihadists killed nine farmers outside Djibo on Thursday, residents said.", "Djibo", "Attack"),
    ("Security forces killed three protesters in Khartoum on Thursday, medics said.", "Khartoum",
     "Excessive force against protesters"),
])
def test_armed_killing_is_an_incident(extract: Callable[..., ExtractionResult], text: str, place: str,
                                      sub_event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events, text
    assert place.lower() in events[0].locations[0].name.lower()
    assert events[0].sub_event_type == sub_event_type


@pytest.mark.parametrize("text", [
    "A man killed his neighbour in Leeds on Tuesday, police said.",
    "A driver killed two pedestrians in Lyon on Monday when his car mounted the pavement, police said.",
])
def test_a_killing_by_no_armed_actor_is_no_incident(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == []
