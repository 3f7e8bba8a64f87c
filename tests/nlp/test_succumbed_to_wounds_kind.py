"""Kind (issue 10, kind 1: figures): the dead told as having succumbed ("three soldiers succumbed to
their injuries", "five people later succumbed to their gunshot wounds", WordNet succumb.v.02 "die from
the effect of") were not counted at all.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.nlp.casualties import find_casualties
from eventwire.records import ExtractionResult

Extract = Callable[..., ExtractionResult]


@pytest.mark.parametrize(("text", "value"), [
    ("Three soldiers succumbed to their injuries on Friday, the army said.", 3),
    ("Five people later succumbed to their gunshot wounds in hospital.", 5),
    ("Nine of the villagers succumbed on Tuesday, a nurse said.", 9),
    ("At least 14 civilians have since succumbed to their wounds, according to the health office.", 14),
])
def test_succumbing_counts_the_dead(text: str, value: int) -> None:
    assert [(m.kind, m.value) for m in find_casualties(text)] == [("killed", value)], text


@pytest.mark.slow
def test_succumbing_raises_a_toll_to_its_total(extract: Extract) -> None:
    """The toll the update gives is the incident's: the eight dead and the four who succumbed."""
    result = extract("Gunmen killed eight people in Bunia on Monday, a local official said. Four more people "
                     "succumbed to their wounds overnight, raising the toll to 12, the official said.",
                     date(2025, 3, 14))
    (event,) = result.events
    assert event.fatalities == 12
