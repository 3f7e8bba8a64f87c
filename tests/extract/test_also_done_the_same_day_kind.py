"""Kind (issue 10, kind 3, dates): an act told in the simple past as one more beside the act
before it, with no day of its own ("Elsewhere, a roadside bomb also killed three soldiers", "Drones
also hit a depot in X"), is of that act's day, as "on the same day" is; "have also attacked"
(a record) and an act with its own day are not.  Before, its date was left null.  Sentences
written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2021, 3, 12)


@pytest.mark.parametrize(("text", "days"), [
    ("A car bomb killed nine people at a checkpoint in Mogadishu on Thursday, police said. Elsewhere, a roadside "
     "bomb also killed three soldiers near Afgoye.", [date(2021, 3, 11), date(2021, 3, 11)]),
    ("Gunmen killed six worshippers at a mosque in Sokoto on Friday. In Zamfara, bandits also abducted 20 "
     "villagers, residents said.", [date(2021, 3, 12), date(2021, 3, 12)]),
    ("Russian missiles struck Odesa on Tuesday, killing four people. Drones also hit an energy facility in "
     "Mykolaiv region, the governor said.", [date(2021, 3, 9), date(2021, 3, 9)]),
    # Its own day: kept.
    ("Russian missiles struck Odesa on Tuesday, killing four people. Drones also hit an energy facility in "
     "Mykolaiv region on Wednesday, the governor said.", [date(2021, 3, 9), date(2021, 3, 10)]),
])
def test_the_day_of_the_act_before(extract: Callable[..., ExtractionResult], text: str, days: list[date]) -> None:
    events = extract(text, PUBLISHED).events
    assert [event.date for event in events] == days, text
