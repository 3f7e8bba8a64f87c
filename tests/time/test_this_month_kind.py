"""Kind (issue 10, kind 3): "earlier this month", "earlier in the month" and "earlier in the week"
were no time at all, so an act told with them took the day of the statement ("killed 14 people
earlier this month, officials said on Tuesday": Tuesday). They name the report's own month or week
and no day: the event's date is null (gold-format.md). Sentences written
for this test; before the change none of the five expressions was found and the three reports
were dated to the statement's day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult
from eventwire.time.expressions import find_time_mentions

PUBLISHED = date(2025, 3, 18)  # a Tuesday


@pytest.mark.parametrize(("words", "day", "precision"), [
    ("earlier this month", date(2025, 3, 1), "month"),
    ("earlier in the month", date(2025, 3, 1), "month"),
    ("this month", date(2025, 3, 1), "month"),
    ("earlier in the week", date(2025, 3, 17), "week"),
    ("later this week", date(2025, 3, 17), "week"),
])
def test_the_reports_own_period(words: str, day: date, precision: str) -> None:
    found = find_time_mentions(f"A strike {words} killed three people.", PUBLISHED)
    assert [(m.text, m.date, m.precision) for m in found] == [(words, day, precision)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published"), [
    ("KYIV, March 18 (Reuters) - A Russian missile strike on a residential building in Sumy earlier this "
     "month killed 14 people, regional officials said on Tuesday.", PUBLISHED),
    ("Security forces said on Thursday they had killed 11 militants in a raid near Bannu earlier in the "
     "month.", date(2025, 7, 24)),
    ("An air strike on a wedding party in Kunar province earlier this month killed at least nine people, "
     "a provincial spokesman said on Thursday.", date(2025, 10, 30)),
])
def test_the_act_is_not_dated_by_the_statement(extract: Callable[..., ExtractionResult], text: str,
                                               published: date) -> None:
    # As with "last month", the event keeps no day (and no period: a month is no incident's time).
    assert [e.date for e in extract(text, published).events] == [None]
