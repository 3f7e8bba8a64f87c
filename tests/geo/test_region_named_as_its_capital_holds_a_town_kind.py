"""Kind (issue 10, kind 2, places): a region named as its capital holds a town by its possessive
("in Donetsk's Kostiantynivka", "Kaduna's Kajuru"): the possessive is the region that holds the
town, not the namesake city, and the town is the act's first place.  Before, the city came first
(a place 60 km from the act).  Found by a user-role helper; sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2023, 7, 12)


@pytest.mark.parametrize(("text", "town", "region"), [
    ("Shelling killed four people in Donetsk's Kostiantynivka on Friday, the governor said.", "Kostiantynivka",
     "Donetsk Oblast"),
    ("A drone hit a market in Kherson's Bilozerka on Friday, killing two.", "Bilozerka", "Kherson Oblast"),
    ("Gunmen killed six people in Kaduna's Kajuru on Friday.", "Kajuru", "Kaduna State"),
    ("Shelling killed four people in Kharkiv's Kupiansk on Friday.", "Kupiansk", "Kharkiv Oblast"),
    # The holder as the object of an act verb frames the town as "in" does.
    ("A glide bomb hit Zaporizhzhia's Orikhiv on Sunday, killing three people.", "Orikhiv", "Zaporizhzhia Oblast"),
    ("Russian shelling hit Kherson's Bilozerka on Sunday, killing two.", "Bilozerka", "Kherson Oblast"),
])
def test_the_town_before_the_region(extract: Callable[..., ExtractionResult], text: str, town: str,
                                    region: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert [(loc.name, loc.feature) for loc in events[0].locations] == [(town, "city"), (region, "region")]
