"""Kind (issue 10, kind 2, places): a village the gazetteer lacks, written with a lower-case Arabic
article glued to it ("the village of al-Jufaina in Yemen's Marib governorate", "the cities of
Yafran and al-Qalaa"), is kept by its name at its container, as a capitalised one is; before, only
the container was the place.  Found by a user-role helper; sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 9, 9)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Two civilians were killed by a landmine in the village of al-Jufaina in Yemen's Marib governorate on "
     "Sunday, a monitor said.", "al-Jufaina", "YE"),
    ("Gunmen killed three farmers in the village of al-Houta in Lahij province on Sunday.", "al-Houta", "YE"),
    ("An air strike hit a house in the village of el-Mashrafa in Homs province on Sunday, killing four.",
     "el-Mashrafa", "SY"),
])
def test_the_village_is_kept(extract: Callable[..., ExtractionResult], text: str, name: str, country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert (events[0].locations[0].name, events[0].locations[0].country) == (name, country)
