"""Kind (issue 10, kinds 7 and 9): a count before the doers of an active killing ("Three gunmen killed
seven people", "Two militants shot dead four soldiers") counts the doers, not victims: it was read
as a toll ("three gunmen killed") and the armed doers as armed victims, so an attack on civilians
became a clash.  A count before "killed" with no object after it ("Three gunmen killed in a clash
with police", "Five soldiers killed the previous day") still counts the dead.  Sentences written for
this test (a user-role trial found the kind)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.nlp.casualties import find_casualties
from eventwire.records import ExtractionResult

PUBLISHED = date(2024, 10, 2)  # a Wednesday


@pytest.mark.slow
@pytest.mark.parametrize(("text", "killed", "sub_event_type"), [
    ("Three gunmen killed seven people at a bus station in Jaffa on Tuesday, police said.", 7, "Attack"),
    ("Two attackers shot dead five worshippers at a mosque in Herat on Friday, officials said.", 5, "Attack"),
    ("Four militants killed three soldiers at a checkpoint near Bannu on Monday, police said.", 3, "Armed clash"),
])
def test_counted_doers_are_no_toll(extract: Callable[..., ExtractionResult], text: str, killed: int,
                                   sub_event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.fatalities, e.sub_event_type) for e in events] == [(killed, sub_event_type)], text


@pytest.mark.parametrize(("text", "figures"), [
    ("Three gunmen killed seven people in Jaffa.", [("killed", 7)]),
    ("Three gunmen killed in clash with police.", [("killed", 3)]),
    ("Three soldiers killed, two wounded in ambush.", [("killed", 3), ("injured", 2)]),
    ("Five soldiers killed the previous day were buried.", [("killed", 5)]),
    ("Four people were killed a day after the attack.", [("killed", 4)]),
])
def test_a_count_before_an_active_killing(text: str, figures: list[tuple[str, int]]) -> None:
    assert [(c.kind, c.value) for c in find_casualties(text)] == figures
