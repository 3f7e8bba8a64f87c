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


@pytest.mark.parametrize(("text", "place"), [
    ("Two Palestinians were killed by Israeli fire in Jenin on Thursday, the Palestinian health ministry said.",
     "Jenin"),
    ("Four farmers were killed by suspected jihadists near Djibo on Monday, residents said.", "Djibo"),
    ("A child was killed by sniper fire in Kherson on Sunday, the governor said.", "Kherson"),
    ("Three villagers were killed by gunmen in Kajuru on Friday, police said.", "Kajuru"),
    ("Two fishermen were shot and killed by soldiers near Baga on Tuesday, a local official said.", "Baga"),
    ("Two shepherds were killed by Turkish forces near Qamishli on Sunday, a local official said.", "Qamishli"),
    ("A farmer was killed by government forces outside Bambari on Friday, relatives said.", "Bambari"),
])
def test_armed_killing_a_passive_with_an_armed_agent_is_an_incident(extract: Callable[..., ExtractionResult],
                                                                   text: str, place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events, text
    assert events[0].locations[0].name == place
    assert events[0].locations[0].precision in (1, 2)


@pytest.mark.parametrize("text", [
    "Two hikers were killed by a falling tree in Aspen on Sunday.",
    "Three people were killed in a fire at a hotel in Lagos on Monday, firefighters said.",
    "A man killed his neighbour in Leeds on Tuesday, police said.",
    "A driver killed two pedestrians in Lyon on Monday when his car mounted the pavement, police said.",
])
def test_a_killing_by_no_armed_actor_is_no_incident(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == []


@pytest.mark.parametrize(("text", "place", "sub_event_type"), [
    ("Ethiopian forces killed three farmers near Debre Tabor on Sunday, residents said.", "Debre Tabor", "Attack"),
    ("Government forces killed seven rebels outside Bossangoa on Friday, the army said.", "Bossangoa",
     "Armed clash"),
    ("Pro-government forces killed a trader in Ansongo on Tuesday, relatives said.", "Ansongo", "Attack"),
    ("Russian forces killed two civilians in Kupiansk on Monday, the regional governor said.", "Kupiansk",
     "Attack"),
    ("Israeli forces killed a 22-year-old man in Tulkarm on Monday, the health ministry said.", "Tulkarm",
     "Attack"),
])
def test_armed_killing_by_forces_named_with_a_modifier(extract: Callable[..., ExtractionResult], text: str,
                                                       place: str, sub_event_type: str) -> None:
    """"Russian forces", "government forces": the doer is read by its head noun, as "security
    forces" is listed whole."""
    events = extract(text, PUBLISHED).events
    assert events, text
    assert events[0].locations[0].name == place
    assert events[0].sub_event_type == sub_event_type
