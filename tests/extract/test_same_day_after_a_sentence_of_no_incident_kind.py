"""Kind (issue 10, kind 3): "Hours later" or "the same day" takes the day of the act told before it,
but only when that act was an incident: after a lead that tells an accident ("A gas explosion
destroyed part of a block of flats in Kharkiv on Sunday ... Hours later, a Russian drone struck a
depot in the city") the drone strike had no day, and with no figure of its own it was dropped as
undated background. The day of the last sentence dated to a day, incident or not, is the one the
words count from. Sentences written for this test; before the change the first two gave no event
and the third no date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 12, 15)


@pytest.mark.parametrize(("text", "event"), [
    ("A gas explosion destroyed part of a block of flats in Kharkiv on Sunday, killing two people. Hours "
     "later, a Russian drone struck a depot in the city, the governor said.", ("Kharkiv", date(2025, 12, 14))),
    ("A gas explosion destroyed part of a block of flats in Saratov on Sunday, killing two people, officials "
     "said. Hours later, a Ukrainian drone struck an oil refinery in the city, the governor said.",
     ("Saratov", date(2025, 12, 14))),
    ("A gas explosion destroyed part of a block of flats in Kharkiv on Sunday. Hours later, a Russian drone "
     "struck a depot in the city, wounding two, the governor said.", ("Kharkiv", date(2025, 12, 14))),
])
def test_the_day_of_the_sentence_before(extract: Callable[..., ExtractionResult], text: str,
                                        event: tuple[str, date]) -> None:
    assert [(e.locations[0].name, e.date) for e in extract(text, PUBLISHED).events] == [event]
