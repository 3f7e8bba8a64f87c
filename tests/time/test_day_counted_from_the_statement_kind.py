"""Kind (issue 10, kind 3, dates): the day of a statement told to an audience ("told a rally in X
on Sunday that militants killed seven soldiers on Friday") dates the statement, not the act, even
where the parse hangs the day on the audience; and "the previous day" / "the day before" counts
back from the day the sentence (or, opening a sentence, the sentence before) names, not from the
report's date.  Sentences written for this test; the reports are published on Tuesday 12 March
2024."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 3, 12)


@pytest.mark.parametrize(("text", "day"), [
    ("The interior minister told a rally in Lahore on Sunday that militants killed seven soldiers in North "
     "Waziristan on Friday.", date(2024, 3, 8)),
    ("The governor told a crowd in Maiduguri on Monday that insurgents killed 11 fishermen near Monguno on "
     "Saturday.", date(2024, 3, 9)),
    ("Officials told reporters on Monday that a car bomb had exploded in Mogadishu the previous day, killing "
     "eight.", date(2024, 3, 10)),
    ("The army said on Sunday that militants had ambushed a convoy near Kidal the day before, killing six "
     "soldiers.", date(2024, 3, 9)),
    ("On Monday, rebels shelled the outskirts of Sake. The previous night, drones had struck Goma, killing three.",
     date(2024, 3, 10)),
    # With no day named before it, the day before the report's.
    ("A car bomb exploded in Mogadishu the previous day, killing eight, police said.", date(2024, 3, 11)),
])
def test_the_act_keeps_its_own_day(extract: Callable[..., ExtractionResult], text: str, day: date) -> None:
    events = [e for e in extract(text, PUBLISHED).events if e.fatalities]
    assert [e.date for e in events] == [day], text
