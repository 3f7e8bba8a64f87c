"""Kind (issue 10, kind 3: dates): a round-up that opens with a sentence counting its fronts or
places and giving the day ("Fighting flared on two fronts in Sudan on Tuesday."), then tells each
incident with no day of its own, left every incident undated: the opening has no act or figure of
its own, so it joined no incident whose day it could give.  It now dates the incidents after it that
give none, as a summary grouped with one of them does.  A failure of a user trial and sentences
written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 3, 19)  # a Wednesday


@pytest.mark.parametrize(("text", "day"), [
    ("Fighting flared on two fronts in Sudan on Tuesday. In El Fasher, RSF shelling killed 11 people at a "
     "camp, medics said. Separately, an army air strike on a market in Kabkabiya killed at least 20 people, "
     "residents said.", date(2025, 3, 18)),
    ("Russian troops attacked on three sectors of the front on Monday. Near Pokrovsk, shelling killed two "
     "civilians, the governor said. Near Kupiansk, a drone hit a car and wounded a driver, police said.",
     date(2025, 3, 17)),
    ("Violence flared in three provinces of Afghanistan on Sunday. In Kunduz, a roadside bomb killed four "
     "policemen, officials said. In Helmand, gunmen shot dead two tribal elders, police said.",
     date(2025, 3, 16)),
])
def test_an_opening_summary_dates_the_incidents_it_counts(extract: Callable[..., ExtractionResult], text: str,
                                                          day: date) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 2 and [e.date for e in events] == [day, day]


def test_an_incidents_own_day_stands(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Fighting flared on two fronts in Sudan on Tuesday. In El Fasher, RSF shelling killed 11 people at a "
            "camp on Monday, medics said. Separately, an army air strike on a market in Kabkabiya killed at "
            "least 20 people, residents said.")
    assert [e.date for e in extract(text, PUBLISHED).events] == [date(2025, 3, 17), date(2025, 3, 18)]
