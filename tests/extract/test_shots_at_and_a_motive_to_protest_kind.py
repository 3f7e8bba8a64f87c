"""Kinds (issue 10, kinds 1 and 9), from a user-role trial, with sentences written for this test:
- "fired shots at" a target is shooting at it (an attack word, in scope at a political target or an
  armed side), not only "opened fire";
- a demonstration word inside what someone wanted or wished to do ("He said he wanted to protest
  against the government") tells a motive, not a demonstration: the attack was typed a protest."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2023, 3, 8)  # a Wednesday


@pytest.mark.parametrize(("text", "place"), [
    ("A man fired shots at the parliament in Tbilisi on Tuesday, wounding a guard, police said. He said he "
     "wanted to protest against the government.", "Tbilisi"),
    ("A gunman fired several shots at the mayor's car in Celaya on Monday, wounding the mayor, police said. "
     "Prosecutors said he wished to protest against local corruption.", "Celaya"),
])
def test_shots_at_a_political_target_are_an_attack(extract: Callable[..., ExtractionResult], text: str,
                                                   place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.sub_event_type, e.injured) for e in events] == [(place, "Attack", 1)], text


def test_warning_shots_into_the_air_are_no_attack(extract: Callable[..., ExtractionResult]) -> None:
    text = "Police fired shots into the air to disperse protesters in Nairobi on Monday, witnesses said."
    assert [e.event_type for e in extract(text, PUBLISHED).events if e.event_type != "Protests"] == []
