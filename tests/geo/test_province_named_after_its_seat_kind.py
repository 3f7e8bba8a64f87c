"""Kind (issue 10, kind 2, places): a province written as English news spells its seat ("Saada
province", "Hajja governorate") is the first-level region GeoNames romanises otherwise (Şa‘dah,
Ḩajjah), whose seat the gazetteer knows by the written name; before, a region abroad that only a
looser transliteration matches won (Mayotte's Sada) or nothing was found.  And among regions that
"X region" may name, the one named X comes before one that merely holds a town X ("Bari region":
Somalia's Bari, not Italy's Apulia).  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 2, 9)


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Coalition jets struck a fuel station in Saada province on Wednesday, killing seven people, "
     "a health official said.", "YE", "Şa‘dah"),
    ("Artillery fire killed four children in the northern Saada governorate overnight, medics said.",
     "YE", "Şa‘dah"),
    ("A landmine killed three shepherds in Hajja province on Tuesday, a local official said.", "YE", "Ḩajjah"),
    ("Gunmen killed a crew member of a fishing boat in the Bari region on Monday, officials said.", "SO", "Bari"),
    # A region named as written: unchanged.
    ("A drone strike killed five fighters in Marib province on Thursday, tribal sources said.", "YE", "Ma'rib"),
    ("Shelling killed two men in the Kherson region on Friday, the governor said.", "UA", "Kherson Oblast"),
])
def test_the_province_of_the_written_name(extract: Callable[..., ExtractionResult], text: str, country: str,
                                          admin1: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    location = events[0].locations[0]
    assert (location.country, location.admin1, location.feature) == (country, admin1, "region")
