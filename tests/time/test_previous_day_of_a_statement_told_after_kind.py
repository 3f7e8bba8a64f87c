"""Kind (issue 10, kind 3, dates): "the previous day" told before the statement that dates it
("The previous day, jihadists ambushed a patrol ..., the ministry said on Sunday", "The day before,
gunmen killed nine villagers ..., the governor said on Sunday") counts back from the statement's day,
not from the report's.  Found by a user-role helper; sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 7, 22)  # a Monday


@pytest.mark.parametrize(("text", "day"), [
    ("The previous day, jihadists ambushed a Nigerien army patrol near Tillaberi, killing 15 soldiers, Niger's "
     "defence ministry said in a statement read on state television on Sunday.", date(2024, 7, 20)),
    ("The day before, gunmen killed nine villagers near Bankass, the governor said on Sunday.", date(2024, 7, 20)),
    ("The previous day, a drone struck a fuel depot in Kosti, killing two guards, a police officer told "
     "reporters on Saturday.", date(2024, 7, 19)),
    # No statement day in the sentence: counted from the report's day.
    ("The previous day, gunmen killed nine villagers near Bankass, the governor said.", date(2024, 7, 21)),
])
def test_counted_from_the_statements_day(extract: Callable[..., ExtractionResult], text: str, day: date) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].date == day
