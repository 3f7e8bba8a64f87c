"""Kind (issue 10, kind 3, dates): "the previous day", "the preceding night", "the day before" date
an act to the day before the report's, as "yesterday" does ("The death toll from the bombing in X
the previous day rose to 31"); "the day before yesterday" stays two days back, and "a day
earlier", told after another act, is left to that act.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report
from eventwire.time.expressions import find_time_mentions

PUBLISHED = dt.date(2024, 6, 5)


@pytest.mark.parametrize(("text", "day"), [
    ("the bombing the previous day", dt.date(2024, 6, 4)),
    ("gunmen who struck the preceding night", dt.date(2024, 6, 4)),
    ("the attack the day before", dt.date(2024, 6, 4)),
    ("the attack the day before yesterday", dt.date(2024, 6, 3)),
])
def test_the_previous_day_is_the_day_before_the_report(text: str, day: dt.date) -> None:
    assert [mention.date for mention in find_time_mentions(text, PUBLISHED)] == [day]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The death toll from the bombing in the Somali town of Dolow the previous day rose to 31, officials said.",
    "The toll from the attack on a market in the Somali town of Bardera the day before rose to 17 on Wednesday, a "
    "local official said.",
    "Gunmen who killed six herders near Hargeisa the previous night escaped with camels, police said on Wednesday.",
])
def test_an_act_told_the_previous_day_is_dated_the_day_before(text: str) -> None:
    events = extract_report(Report("prev", text, published=PUBLISHED)).events
    assert [event.date for event in events] == [dt.date(2024, 6, 4)]
