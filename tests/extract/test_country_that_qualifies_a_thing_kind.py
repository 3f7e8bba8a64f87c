"""Kind (issue 10, kind 2, places): a country's name that qualifies what was hit ("a United States
consular convoy", "a Pakistan Army convoy", "a Turkey embassy car") is no place, as its demonym
would be none; it places the act only when nothing else does.  Before, it became the event's place,
and, told in a "with ..." phrase after the act ("following an explosion in X, with a United States
convoy targeted"), it made the explosion's clause a reference and dropped X.  Sentences written for
this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2019, 7, 12)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("At least one person was killed and ten injured following an explosion in the Pakistani city of Peshawar, "
     "with a United States consular convoy targeted by militants.", "Peshawar", "PK"),
    ("Two guards died following a bomb blast in the Somali capital Mogadishu on Thursday, with a Turkey "
     "embassy car targeted.", "Mogadishu", "SO"),
    ("Three people were killed after a suicide attack in the Afghan city of Kandahar, with a Canada military "
     "convoy the apparent target.", "Kandahar", "AF"),
    ("Two policemen were killed following a blast in Quetta, with a China Road company bus targeted by "
     "separatists.", "Quetta", "PK"),
    ("A roadside bomb struck a Pakistan Army convoy in Bannu on Monday, killing three soldiers.", "Bannu", "PK"),
    # Nothing else places the act: the country does.
    ("Gunmen ambushed a Pakistan Army convoy on Monday, killing three soldiers, the military said.",
     "Pakistan", "PK"),
])
def test_the_place_is_not_the_qualifying_country(extract: Callable[..., ExtractionResult], text: str, name: str,
                                                 country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert [(loc.name, loc.country) for loc in events[0].locations] == [(name, country)]
