"""Kind (issue 10, kind 3): an item of a round-up that names no day of its own ("Russian missiles hit
Kryvyi Rih late on Tuesday, killing four people, the governor said. A drone struck a bus in
Nikopol, wounding three passengers, regional officials said.") got no date, although the report
tells the day's incidents: only an item opening on its town ("In Nikopol, ...") or saying "the
same day" took the day before it. A new incident with no day of its own takes the day of the
incident told before it when that day is an act's (not only the report's); an item dated by its
own words ("in July") keeps them. Sentences written for this test; before the change the second
incident of the first two reports had no date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "published", "events"), [
    ("Russian missiles hit Kryvyi Rih late on Tuesday, killing four people, the governor said. A drone struck "
     "a bus in Nikopol, wounding three passengers, regional officials said.", date(2025, 3, 5),
     [("Kryvyi Rih", date(2025, 3, 4)), ("Nikopol", date(2025, 3, 4))]),
    ("Gunmen killed nine villagers in Bankass on Sunday, local officials said.\n\nIn a separate incident, a "
     "roadside bomb killed three soldiers near Mopti, a security source said.", date(2025, 9, 9),
     [("Bankass", date(2025, 9, 7)), ("Mopti", date(2025, 9, 7))]),
    # A month of its own makes the second act background, dated by its own words.
    ("Gunmen killed nine villagers in Bankass on Sunday, local officials said. A landmine killed three soldiers "
     "near Djenne in July, the army said.", date(2025, 9, 9), [("Bankass", date(2025, 9, 7))]),
])
def test_the_item_takes_the_day_before_it(extract: Callable[..., ExtractionResult], text: str, published: date,
                                          events: list[tuple[str, date]]) -> None:
    assert [(e.locations[0].name, e.date) for e in extract(text, published).events] == events
