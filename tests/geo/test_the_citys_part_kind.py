"""Kind (issue 10, kind 2, first location): a part of a town held by "the city's" ("killing six people
in the city's Hodan district", "the city's Carrefour-Feuilles neighbourhood") is held by the town
the text named last before it, and comes first; before, the possessive named no place, and the
part was kept in the country, after the town.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "places"), [
    ("A car bomb exploded in Mogadishu on Sunday, killing six people in the city's Hodan district, police said.",
     ["Hodan", "Mogadishu"]),
    ("Gang members set fire to houses in Port-au-Prince on Sunday and killed nine people in the city's "
     "Carrefour-Feuilles neighbourhood, a rights group said.", ["Carrefour-Feuilles", "Port-au-Prince"]),
    ("Fighters shelled Goma on Sunday, killing three people in the town's Ndosho quarter, medics said.",
     ["Ndosho", "Goma"]),
])
def test_the_citys_part_comes_first(text: str, places: list[str]) -> None:
    events = extract_report(Report("citys", text, published=dt.date(2025, 3, 4))).events
    assert [[location.name for location in event.locations] for event in events] == [places]
