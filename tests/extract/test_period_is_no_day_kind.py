"""Kind (issue 10, kind 3): an incident dated only by its week ("last week") had the week's Monday
as its date, a day the report never gives; gold-format.md makes the date null when the report does
not let a reader pin the day. The date is null and the period is kept (``period_start``, with
``date_precision``); the store still reads the week as its days. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 20)  # a Monday


@pytest.mark.parametrize("text", [
    "Militiamen killed at least 40 civilians in Djugu territory last week, a UN report said on Monday.",
    "Gunmen abducted 12 farmers near Kankara, Katsina State, last week, police said on Monday.",
])
def test_a_week_gives_no_day(extract: Callable[..., ExtractionResult], text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.date, e.date_precision, e.period_start) for e in events] == [(None, "week", date(2024, 5, 13))]


def test_a_day_keeps_its_date(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("Gunmen abducted 12 farmers near Kankara, Katsina State, on Saturday, police said.",
                     PUBLISHED).events
    assert [(e.date, e.date_precision, e.period_start) for e in events] == [(date(2024, 5, 18), "day", None)]
