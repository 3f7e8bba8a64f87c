"""Kind (issue 10, kind 3, dates): an act told by its hour alone ("at about 3 a.m.", "shortly before
noon", "at 11:40 local time", "at dawn") in a report that gives it no day is the report's day's
act, as a live blog's stamp is.  Before, such an incident had no date (and the gold's day went
unmatched).  A day the report names anywhere in the incident still wins.  Sentences written for
this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult
from eventwire.time.expressions import find_clock_time

PUBLISHED = date(2025, 7, 8)


@pytest.mark.parametrize("text", [
    "Drones struck a warehouse at about 3 a.m., the governor said.",
    "A drone hit a car shortly before noon.",
    "The shelling began at 11:40 local time.",
    "Gunmen stormed the village at dawn.",
    "The blast went off in the early hours, police said.",
])
def test_a_time_of_day_is_found(text: str) -> None:
    found = find_clock_time(text, PUBLISHED)
    assert found is not None and found.date == PUBLISHED, text


@pytest.mark.parametrize("text", [
    "The budget rose by 4.50 percent.",
    "In the early hours of the war, thousands fled.",
])
def test_no_time_of_day(text: str) -> None:
    assert find_clock_time(text, PUBLISHED) is None


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Russian drones struck a warehouse in Izmail at about 3 a.m., injuring two workers, the governor said.",
    "A Russian drone struck a car near Shostka shortly before noon, killing two civilians, officials said.",
    "Gunmen stormed a market in Djibo at dawn and killed seven traders, residents said.",
])
def test_the_hour_alone_dates_the_act_to_the_reports_day(extract: Callable[..., ExtractionResult],
                                                         text: str) -> None:
    assert [e.date for e in extract(text, PUBLISHED).events] == [PUBLISHED], text


@pytest.mark.slow
def test_a_day_named_in_the_incident_wins(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Russian drones attacked the Odesa region on Sunday. A drone struck a warehouse in Izmail at about"
            " 3 a.m., injuring two workers, the governor said.")
    assert [e.date for e in extract(text, PUBLISHED).events] == [date(2025, 7, 6)]
