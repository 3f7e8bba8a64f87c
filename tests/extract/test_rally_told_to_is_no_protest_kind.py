"""Kind (issue 10, kinds 5 and 9, types and actors): a rally that a statement is told to or made
at ("told a rally in X that ...", "said at a rally in X on Sunday that ...", "told a campaign rally
that ...") is where the statement was made, not a demonstration the sentence reports: the act of
the reported clause types the event, and the speaker is no doer.  Before, the rally made the event
a protest met with force and the speaker its actor.  A rally that is fired on stays a protest.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 6)


@pytest.mark.parametrize(("text", "event_type", "speaker"), [
    ("Senator Diego Ortiz told a rally in Medellin that FARC dissidents killed four farmers in Tumaco on Tuesday.",
     "Violence against civilians", "Senator Diego Ortiz"),
    ("The opposition leader said at a rally in Lahore on Sunday that militants killed seven soldiers in Bannu.",
     "Battles", "opposition leader"),
    ("The president told a campaign rally that bandits killed 11 villagers in Zurmi on Sunday.",
     "Violence against civilians", "president"),
])
def test_the_rally_of_a_statement_is_no_protest(extract: Callable[..., ExtractionResult], text: str,
                                               event_type: str, speaker: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].event_type == event_type
    assert events[0].actor1 != speaker


def test_a_rally_fired_on_stays_a_protest(extract: Callable[..., ExtractionResult]) -> None:
    text = "Police fired tear gas at a rally in Lahore on Sunday, wounding seven protesters, witnesses said."
    events = extract(text, PUBLISHED).events
    assert len(events) == 1
    assert events[0].event_type == "Protests"
