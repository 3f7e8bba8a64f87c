"""Kind (issue 10, kind 2, first location): a name the gazetteer lacks before a word of a town's parts
("the Martissant neighbourhood of Port-au-Prince", "the Dahiyeh suburb of Beirut", "Kabul's Khair
Khana neighbourhood") is that part of the town, the incident's first place with the town after it;
a river or sea named so ("the Danube port of X") still only describes the town.  Sentences
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "places"), [
    ("Gang members killed nine people in the Martissant neighbourhood of Port-au-Prince on Sunday, police said.",
     ["Martissant", "Port-au-Prince"]),
    ("An air strike hit a building in the Dahiyeh suburb of Beirut on Friday, killing two men, officials said.",
     ["Dahiyeh", "Beirut"]),
    ("Gunmen torched homes and killed five residents in the Tabarre district of Port-au-Prince on Monday, a rights "
     "group said.", ["Tabarre", "Port-au-Prince"]),
    # Named with the town's possessive first, the part still comes first.
    ("A car bomb exploded in Kabul's Khair Khana neighbourhood on Sunday, killing six people, police said.",
     ["Khair Khana", "Kabul"]),
    ("A drone struck a market in Khartoum's Kalakla district on Tuesday, killing nine people, medics said.",
     ["Kalakla", "Khartoum"]),
    ("Gunmen shot dead two policemen in Karachi's Lyari area on Monday, police said.", ["Lyari", "Karachi"]),
])
def test_a_part_of_a_town_comes_first(text: str, places: list[str]) -> None:
    events = extract_report(Report("part", text, published=dt.date(2024, 5, 10))).events
    assert [[location.name for location in event.locations] for event in events] == [places]
