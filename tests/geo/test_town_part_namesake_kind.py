"""Kind (issue 10, kind 2: another country's namesake): a part of a town that the sentence places
("In Taiz, a sniper shot dead a boy in the Kalaba area") was resolved to a large city abroad whose
name only another spelling matches (Calamba in the Philippines, Calama in Chile, Mansourah in
Egypt).  A name framed as a part of a town ("the X area", "the X quarter", "the X
neighbourhood") is no foreign city by another spelling when the text points at another country:
it is kept by its name in that country.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 6, 4)


@pytest.mark.parametrize(("text", "part", "country"), [
    ("In Taiz, a sniper shot dead a boy in the Kalaba area on Tuesday, the health office said.", "Kalaba", "YE"),
    ("In Sanaa, an air strike hit a house in the Karama area on Tuesday, killing two people, residents said.",
     "Karama", "YE"),
    ("In Aden, gunmen killed a soldier in the Mansoura neighbourhood on Tuesday, security sources said.",
     "Mansoura", "YE"),
])
def test_a_part_of_a_town_stays_in_its_country(extract: Callable[..., ExtractionResult], text: str, part: str,
                                               country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    places = [(loc.name.split()[0], loc.country) for loc in events[0].locations]
    assert (part, country) in places and all(code == country for _, code in places), text
