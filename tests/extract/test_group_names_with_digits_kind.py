"""Kind (issue 10, kinds 5 and 9): a digit inside an armed group's name ("M23 rebels") is no
count of victims, so the group killing civilians is an attack, not a clash of two
armed sides; and a compound joined by a hyphen before the group ("Rwandan-backed M23 rebels") is
kept whole in the actor.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize("text", [
    "M23 rebels killed ten civilians in Rutshuru on Saturday, officials said.",
    "Suspected M23 fighters shot dead four traders near Sake on Monday, local officials said.",
])
def test_a_digit_in_a_groups_name_counts_no_victims(extract: Callable[..., ExtractionResult], text: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert event.sub_event_type == "Attack"


def test_a_hyphenated_backer_stays_in_the_actor(extract: Callable[..., ExtractionResult]) -> None:
    text = "Rwandan-backed M23 rebels killed ten civilians in Rutshuru on Saturday, officials said."
    (event,) = extract(text, PUBLISHED).events
    assert event.actor1 == "Rwandan-backed M23 rebels"
