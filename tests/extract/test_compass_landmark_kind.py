"""Kind (issue 10, kind 2, first location): a town a report measures by a bare compass direction
("North of Kirkuk, ... in the Dibis district", "the Shirqat district, south of Mosul") is a
landmark for the reader, like one measured by a distance: it comes after every place that is not
one, a district before the city it lies north of.  "In the north of X" is inside X, no landmark.
Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _first(text: str) -> str:
    events = extract_report(Report("compass", text, published=dt.date(2024, 5, 10))).events
    assert len(events) == 1, events
    return events[0].locations[0].name


@pytest.mark.parametrize(("text", "first"), [
    ("North of Kirkuk, a roadside bomb struck an army patrol in the Dibis district on Tuesday, killing two soldiers, "
     "a security source said.", "Dibis district"),
    ("South of Samarra, gunmen ambushed a convoy in the Yathrib district on Sunday, killing four soldiers, police "
     "said.", "Yathrib district"),
    ("Militants attacked a checkpoint in the Shirqat district, south of Mosul, on Monday, killing three policemen, "
     "officials said.", "Shirqat"),
])
def test_a_town_measured_by_a_compass_direction_is_a_landmark(text: str, first: str) -> None:
    assert _first(text) == first


def test_the_north_of_a_place_is_inside_it() -> None:
    text = "Gunmen killed two shepherds near the village of Qara Tapa in the north of Kirkuk on Sunday, police said."
    assert _first(text) in ("Qara Tapa", "Kirkuk")
