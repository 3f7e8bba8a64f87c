"""Kind (issue 10, kind 3, dates): a sentence that names both a week and a day ("Fighting spread
across Tripoli this week, with 11 people killed in clashes on Tuesday") dates its act by the day:
the week is the span the day lies in. Before, the parse attaching both to acts made the week's
first day the event's date. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2023, 9, 1)  # a Friday


@pytest.mark.parametrize(("text", "day"), [
    ("Fighting between rival militias spread across Tripoli this week, with at least 11 people killed in clashes"
     " in the city on Tuesday, medics said.", date(2023, 8, 29)),
    ("This week's fighting in Khartoum was the worst in months: on Wednesday shells killed 17 people at a market"
     " in Omdurman, medics said.", date(2023, 8, 30)),
    ("Jihadist attacks have surged in northern Burkina Faso this week, including a raid on Thursday in which"
     " gunmen killed 14 people in Djibo, residents said.", date(2023, 8, 31)),
])
def test_the_day_named_with_a_week_dates_the_act(extract: Callable[..., ExtractionResult], text: str,
                                                 day: date) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.date for e in events] == [day]


def test_a_week_alone_still_dates_with_week_precision(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("Clashes between rival militias killed 11 people in Tripoli this week, medics said.",
                     PUBLISHED).events
    assert len(events) == 1
    assert events[0].date_precision == "week"
