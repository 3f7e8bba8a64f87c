"""Kind (issue 10, kind 2, places): "the Karari district of Omdurman", a district of the town named
after it that the gazetteer knows only as a namesake abroad (Karārī, India) or as a unit, is a part
of that town and the act's first place; before, it was kept at its country and listed after the
town.  A district "of" a country or state is no part of a town.  Found by a user-role helper;
sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 7, 22)


@pytest.mark.parametrize(("text", "first", "town"), [
    ("Shelling killed at least 31 people in the Karari district of Omdurman on Sunday, doctors said.", "Karari",
     "Omdurman"),
    ("A drone hit a market in the Hodan district of Mogadishu on Sunday, killing four people.", "Hodan",
     "Mogadishu"),
])
def test_the_district_before_its_town(extract: Callable[..., ExtractionResult], text: str, first: str,
                                      town: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert [location.name for location in events[0].locations] == [first, town]


def test_a_district_of_a_country_is_no_part_of_a_town(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("Four peacekeepers were shot while on patrol in the disputed Abyei district of Sudan on "
                     "Sunday.", PUBLISHED).events
    assert [location.name for event in events for location in event.locations] == ["Abyei district"]
