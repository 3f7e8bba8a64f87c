"""Kind (issue 10, kind 3, dates): a round-up sentence whose day closes it ("Drones struck a depot in
Kosti, artillery pounded a market in El Obeid, killing six, and fighters attacked a police post in
Bara on Monday, activists said") dates every clause that names no day of its own.  Before, the
clauses before the one that held the day were undated.  A day that opens the last clause ("and on
Tuesday troops retook Y") is that clause's alone.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "day"), [
    ("RSF drones struck a fuel depot in Kosti, artillery pounded a market in El Obeid, killing six people, and"
     " fighters attacked a police post in Bara on Monday, activists said.", date(2026, 3, 2)),
    ("Al-Shabaab fighters attacked an army base in Afgoye, a roadside bomb hit a military truck in Jowhar, killing"
     " three soldiers, and mortar rounds landed in Balcad, wounding two children, on Tuesday, officials said.",
     date(2026, 3, 3)),
])
def test_the_closing_day_dates_every_clause(extract: Callable[..., ExtractionResult], text: str, day: date) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 3 and {e.date for e in events} == {day}, [(e.locations[0].name, e.date) for e in events]


def test_a_day_opening_the_last_clause_is_its_own(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Militants attacked a police post in Kidal, and on Tuesday troops recaptured the town of Tessalit,"
            " the army said.")
    dates = {e.locations[0].name: e.date for e in extract(text, PUBLISHED).events}
    assert dates.get("Tessalit") == date(2026, 3, 3) and dates.get("Kidal") is None, dates
