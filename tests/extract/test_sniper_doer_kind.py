"""Kind (issue 10, kind 1): a killing by a sniper ("A sniper killed a Palestinian teenager in
Jenin", "Snipers killed two civilians in Omdurman") is an attack by an armed actor, unidentified
unless the report names the side.  Before, "sniper" was no armed actor's word: with no other cue
in the report the killing had no act and no event.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("A sniper killed a Palestinian teenager in Jenin on Friday, the health ministry said.", "Jenin", 1),
    ("Snipers killed two civilians in Omdurman on Monday, a local emergency room said.", "Omdurman", 2),
    ("A Russian sniper killed a volunteer in Kherson on Thursday, the regional governor said.", "Kherson", 1),
])
def test_a_snipers_killing_is_an_attack(extract: Callable[..., ExtractionResult], text: str, place: str,
                                        killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.sub_event_type, e.fatalities) for e in events] == [(place, "Attack", killed)]
