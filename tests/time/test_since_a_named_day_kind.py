"""Kind (issue 10, kind 3: dates): a day after "since the" ("the deadliest day of protests since the Feb.
1 coup", "since the October 25 takeover") is where a span begins, not the day of an act; only "since
Feb. 1" right before the day was read so, and the other made an extra event dated by the coup.
Sentences written for this test (a user-role trial found the kind)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult
from eventwire.time.expressions import find_time_mentions

PUBLISHED = date(2021, 2, 28)  # a Sunday


@pytest.mark.parametrize("text", [
    "the deadliest day since the Feb. 1 coup",
    "the worst violence since the October 25 takeover",
    "fighting has raged since March 3",
])
def test_a_day_after_since_begins_a_span(text: str) -> None:
    (mention,) = find_time_mentions(text, PUBLISHED)
    assert mention.since


def test_a_day_of_an_act_is_no_span(text: str = "gunmen attacked the town on Feb. 1") -> None:
    (mention,) = find_time_mentions(text, PUBLISHED)
    assert not mention.since


@pytest.mark.slow
def test_no_event_dated_by_the_start_of_a_span(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Police shot dead 18 protesters in Myanmar on Sunday, the UN said. The deadliest day of protests since "
            "the Feb. 1 coup saw deaths in Yangon and Mandalay.")
    events = extract(text, PUBLISHED).events
    assert [(e.date, e.fatalities) for e in events] == [(PUBLISHED, 18)]
