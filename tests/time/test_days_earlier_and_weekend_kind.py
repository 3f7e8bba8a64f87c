"""Kind (issue 10, kind 3, dates): "a day earlier", "two days before" count back from the day the
sentence names before them (a statement's or another act's), or, opening a sentence, from the day
of the sentence before, as "the previous day" does; they were no time at all, so the statement's
day dated the act.  "Over the weekend" pins no day (gold-format.md: null), but it still says that
the statement's day is not the act's.  Sentences written for this test (a user-role trial found
the kind); the reports are published on Wednesday 13 March 2024."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult
from eventwire.time.expressions import days_counted_back, find_time_mentions

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 3, 13)


@pytest.mark.parametrize(("text", "day"), [
    ("The Houthis said on Sunday they had repelled an attack in Harib a day earlier, killing 12 soldiers.",
     date(2024, 3, 9)),
    ("Police said on Wednesday that gunmen had killed five villagers in Bokkos two days earlier.",
     date(2024, 3, 11)),
    ("Rebels shelled Goma on Monday, killing three people. A day earlier, drones struck Rutshuru, killing two, "
     "officials said.", date(2024, 3, 10)),
    ("The army said on Monday it had killed 40 rebels in Omdurman over the weekend.", None),
    ("Officials said at the weekend that 14 people had died when militants attacked a village near Mopti.", None),
])
def test_the_act_keeps_its_own_day(extract: Callable[..., ExtractionResult], text: str, day: date | None) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.date for e in events if e.fatalities][-1:] == [day], text


@pytest.mark.parametrize(("text", "back"), [
    ("a day earlier", 1), ("two days before", 2), ("3 days earlier", 3), ("the previous day", 1),
])
def test_days_counted_back(text: str, back: int) -> None:
    (mention,) = find_time_mentions(text, PUBLISHED)
    assert days_counted_back(mention) == back


def test_a_day_before_an_event_is_no_count_back() -> None:
    assert find_time_mentions("two days before the election", PUBLISHED) == []
