"""Kind (issue 10, kinds 2 and 3: a dateline's city taken as the incident's place): a report that
opens with its date on a line of its own and files from a place in capitals on the next
("March 19, 2024" then "ZAMBOANGA CITY - Two rebels were killed ..."): the date line was the whole
dateline, so the city in capitals was read as the place of the first sentence's act and split
its figures into a second event.  The place in capitals under a date line now belongs to the same
dateline.  A headline under the date line stays a headline.  Reports written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult
from eventwire.time.dateline import find_dateline

PUBLISHED = date(2024, 3, 19)


@pytest.mark.parametrize(("text", "place", "day"), [
    ("March 19, 2024\n\nZAMBOANGA CITY - Two rebels were killed.", "Zamboanga City", date(2024, 3, 19)),
    ("Tuesday, 19 March 2024\n\nMAIDUGURI - Gunmen killed five farmers.", "Maiduguri", date(2024, 3, 19)),
    ("19 March 2024\nQUETTA: Gunmen killed two policemen.", "Quetta", date(2024, 3, 19)),
    ("March 19, 2024\n\nRussian drone hits Kharkiv\n\nA drone struck a house.", None, date(2024, 3, 19)),
])
def test_a_place_in_capitals_under_a_date_line_is_the_datelines(text: str, place: str | None, day: date) -> None:
    dateline = find_dateline(text)
    assert dateline is not None and (dateline.place, dateline.date) == (place, day)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("19 March 2024\n\nDAVAO CITY - Four guerrillas were killed and two soldiers were wounded in a firefight in "
     "Monkayo on Sunday, the army said.", [("Monkayo", 4, 2)]),
    ("Tuesday, 19 March 2024\n\nCOTABATO CITY - Three soldiers were killed and two were wounded when a bomb went off "
     "in Datu Piang on Sunday, the army said.", [("Datu Piang", 3, 2)]),
])
def test_the_dateline_city_is_no_place_of_the_act(extract: Callable[..., ExtractionResult], text: str,
                                                  expected: list[tuple[str, int, int]]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities, e.injured) for e in events] == expected
