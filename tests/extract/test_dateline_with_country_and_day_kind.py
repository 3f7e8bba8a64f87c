"""Kind (issue 10, kind 3, datelines): a wire dateline that gives the city, the country and the
day ("KABUL, Afghanistan, Aug 12 - ", "HYDERABAD, Pakistan, Aug 12 - "). Before, the day after the
country hid the country, so the city was taken by its largest namesake abroad (Hyderabad in
India); the dateline's day dated the act instead of the lead's "on Monday"; and the parser, misled
by the day, could cut the lead after its subject ("Gunmen" | "killed four people ...") so that no
incident was found. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 8, 12)


@pytest.mark.parametrize(("text", "place", "country"), [
    ("KABUL, Afghanistan, Aug 12 - Gunmen killed four people on Monday, police said.", "Kabul", "AF"),
    ("HYDERABAD, Pakistan, Aug 12 - Gunmen killed four people on Monday, police said.", "Hyderabad", "PK"),
    ("ASADABAD, Afghanistan, Aug 12 - Gunmen killed four people in the city on Monday, police said.",
     "Asadabad", "AF"),
    ("VALENCIA, Venezuela, Aug. 12 (Agency) - Gunmen shot dead three police officers on Monday, the governor "
     "said.", "Valencia", "VE"),
])
def test_a_dateline_with_country_and_day_places_and_dates_the_lead(extract: Callable[..., ExtractionResult],
                                                                   text: str, place: str, country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country, e.date) for e in events] == [
        (place, country, date(2025, 8, 11))]
