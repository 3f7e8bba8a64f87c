"""Kind (issue 10, kind 3, dates): a lead in the present perfect gives no day ("Rebels have taken
control of Kashebere ..."); the sentence after it tells how the act went and when ("The rebels entered
the town on Thursday afternoon ..."), without an act word of its own. That day is the incident's:
the sentence points back to its place or doers ("the town", "the fighters") and its day is one of
the last week's. Before, such incidents were left undated and matched no gold event. A calendar
date of another act ("It was seized on August 7"), a day that dates a statement ("The army said on
Thursday it would retake the town") or a future meeting leave the incident undated. Sentences
written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 2, 8)  # a Saturday


@pytest.mark.parametrize(("text", "day"), [
    ("Rebels have taken control of Kashebere, a market town in North Kivu province, residents said.\n\nThe"
     " insurgents marched into the town on Thursday afternoon once the last soldiers had left, a local chief"
     " said.", date(2025, 2, 6)),
    ("Jihadists have seized the town of Tessit in the Gao region, residents said.\n\nThe fighters rode into the"
     " town on motorbikes late on Wednesday and raised their flag over the mayor's office, a resident said.",
     date(2025, 2, 5)),
    ("Troops have recaptured Kalaya in Borno State from jihadists, the army said.\n\nSoldiers drove the fighters"
     " out of the village on Friday after a three-hour battle, a spokesman said.", date(2025, 2, 7)),
])
def test_the_day_told_with_the_acts_course_dates_it(extract: Callable[..., ExtractionResult], text: str,
                                                   day: date) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.date for e in events] == [day]


@pytest.mark.parametrize("text", [
    "Rebels have taken control of Kashebere, a market town in North Kivu province, residents said. Peace talks"
    " between the two sides are due to resume on Monday in Doha.",
    "Rebels have taken control of Kashebere, a market town in North Kivu province, residents said. The army said on"
    " Thursday it would retake the town.",
    "Jihadists have seized the town of Tessit in the Gao region, residents said. The town had been besieged since"
    " last year.",
])
def test_other_days_leave_it_undated(extract: Callable[..., ExtractionResult], text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.date for e in events] == [None]
