"""Kind (issue 10, kind 2, places): an act placed only in "the country" ("in the south of the
country", "across the country", "in the country's northwest") lies in the one country the report
has named up to there, by its name ("Mali's army said ...") or by a demonym of one country ("the
Colombian Air Force", "Nigerian police"), at country precision.  Before, the incident was left out
for want of a place.  With two countries named, or "the country's leader", nothing is placed.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2021, 9, 6)


@pytest.mark.parametrize(("text", "country"), [
    ("At least 14 guerrillas were killed in a bombing raid by the Colombian Air Force in the south of the country "
     "on Sunday.", "CO"),
    ("Gunmen killed 20 villagers in the country's northwest on Saturday, Nigerian police said.", "NG"),
    ("Burkina Faso has fought jihadists for years. On Sunday, militants killed nine soldiers in the north of "
     "the country, the army said.", "BF"),
    ("Somali troops and al-Shabaab fighters clashed in the south of the country on Friday, leaving 11 dead, "
     "officials said.", "SO"),
    ("Security forces shot dead six protesters as demonstrations spread across the country on Friday, "
     "Sudanese doctors said.", "SD"),
    # A country named by name outweighs the doers' demonym; a people's plural points as its adjective.
    ("Israeli strikes killed five people in the south of the country on Sunday, Lebanon's health ministry said.",
     "LB"),
    ("Police fired live rounds at protesters across the country on Sunday as thousands of Kenyans marched, "
     "killing two.", "KE"),
])
def test_the_country_the_report_named(extract: Callable[..., ExtractionResult], text: str, country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    location = events[0].locations[0]
    assert (location.country, location.feature, location.precision) == (country, "country", 3)


@pytest.mark.parametrize("text", [
    "Chadian and Sudanese troops clashed in the east of the country on Friday, killing 11, officials said.",
    "Gunmen killed the country's leader's bodyguard on Friday, Haitian police said.",
])
def test_no_one_country_no_place(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text
