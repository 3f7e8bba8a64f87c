"""Kind (issue 10, kinds 2 and 4): a place in the possessive before a speaking body ("the Kurdistan
Region's Counter-Terrorism Directorate said", "Khyber Pakhtunkhwa's Counter-Terrorism Department
said") is the body's, not the incident's place, but still tells which country the report is in;
an office named with a unit word ("Counter Terrorism Department", "Criminal Investigation
Department") is no place. Before, the possessive region became a second place of the incident
(another country's namesake), a region the model labelled an organisation was lost with its
country (so "Tank" went to India's Tonk), and the office became a place. Sentences written for this
test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 5, 19)


@pytest.mark.parametrize(("text", "places"), [
    ("A drone was shot down near Sulaymaniyah airport early Tuesday, the Kurdistan Region's Counter-Terrorism "
     "Directorate said.", [("Sulaymaniyah", "IQ")]),
    ("Militants killed five police near Tank on Sunday, Khyber Pakhtunkhwa's Counter-Terrorism Department said.",
     [("Tank", "PK")]),
    ("Militants killed five police near Tank on Sunday, Punjab's Counter Terrorism Department said.",
     [("Tank", "PK")]),
    ("A car bomb killed 18 people at Karachi's Criminal Investigation Department on Thursday, police said.",
     [("Karachi", "PK")]),
])
def test_the_speakers_possessive_is_no_place_of_the_incident(extract: Callable[..., ExtractionResult], text: str,
                                                             places: list[tuple[str, str]]) -> None:
    events = extract(text, PUBLISHED).events
    assert [[(p.name, p.country) for p in e.locations] for e in events] == [places]


def test_a_region_held_by_its_possessive_is_still_a_place(extract: Callable[..., ExtractionResult]) -> None:
    text = "Gunmen stormed Khyber Pakhtunkhwa's Bajaur district on Sunday, killing six soldiers, the army said."
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country) for e in events] == [("Bajaur district", "PK")]
