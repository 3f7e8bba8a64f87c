"""Kind (issue 10, kind 2): a village the gazetteer lacks whose name is hyphenated and ends in a
word the gazetteer knows ("Tinzawatene-Kal": Hungary has a Kál) was placed at the namesake, and a
name the small model labels a person after "killed ... in" was dropped for the dateline's city.
The tail of an unknown name is no place of its own, and "in" hung on a verb of killing or of an act
done to places is a place frame whatever label the model gives the name. Two known places joined by
a hyphen stay two places. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 2, 13)


@pytest.mark.parametrize(("text", "place", "country"), [
    ("Jihadists killed 11 civilians in an attack on Tinzawatene-Kal, Mali, on Sunday, local officials said.",
     "Tinzawatene-Kal", "ML"),
    ("BAMAKO (AFP) - Jihadists killed 11 civilians in Tinzawatene-Kal on Sunday, local officials said.",
     "Tinzawatene-Kal", "ML"),
    ("NIAMEY (Reuters) - Gunmen shot dead seven traders in Koutougou-Bara on Saturday, the mayor said.",
     "Koutougou-Bara", "NE"),
])
def test_the_whole_hyphenated_name_is_kept(
        extract: Callable[..., ExtractionResult], text: str, place: str, country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country) for e in events] == [(place, country)]


def test_two_known_places_joined_by_a_hyphen_stay_two(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Rockets were fired across the Israel-Lebanon border on Monday, wounding two soldiers in Metula, "
            "the army said.")
    assert [[loc.name for loc in e.locations] for e in extract(text, PUBLISHED).events] == [["Metula"]]
