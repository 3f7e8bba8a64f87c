"""Kind (issue 10, kind 2, places): an Arabic town whose gazetteer romanisation ends in the final h
of the feminine ending (GeoNames "Qabāţīyah", "Ar Ruţbah", "Babanūsah") and whose English news
spelling drops it ("Qabatiya", "Rutba", "Babanusa") is that town as written.  Before, such a name
matched only as a variant spelling, which counts as a former or foreign name; as the object of an
act with the small model's person or organisation label on it, it was dropped, and with it the
incident.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.geo.names import written_alike
from eventwire.records import ExtractionResult

PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("gazetteer", "news"), [
    ("Qabāţīyah", "Qabatiya"), ("Ar Ruţbah", "Rutba"), ("Babanūsah", "Babanusa"), ("Al Maḩmūdīyah", "Mahmudiya"),
])
def test_the_final_h_of_the_romanisation_is_the_same_name(gazetteer: str, news: str) -> None:
    assert written_alike(gazetteer, news)


def test_other_final_letters_stay_apart() -> None:
    assert not written_alike("Rutba", "Rutbat")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "place", "country"), [
    ("Gunmen stormed Rutba overnight on Friday and killed three soldiers, a security source said.", "Rutba", "IQ"),
    ("RSF fighters stormed Babanusa on Monday, killing 12 civilians, a local doctors' group said.", "Babanusa",
     "SD"),
    ("Israeli troops raided Qabatiya on Tuesday and a 19-year-old man was killed, the Palestinian health ministry"
     " said.", "Qabatiya", "PS"),
])
def test_the_town_as_news_spells_it_is_found(extract: Callable[..., ExtractionResult], text: str, place: str,
                                             country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country) for e in events] == [(place, country)], text
