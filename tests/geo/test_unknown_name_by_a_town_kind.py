"""Kind (issue 10, kind 2, places): a village the gazetteer lacks, told by the town it lies by
("shelled Khuzaa, east of Khan Younis", "a base in Mahaday, north of Jowhar", "raided Um Sumeima,
a village west of El Obeid") is kept by its name in that town's country, before the town.  Before,
the name was dropped (an act's object needed "in Y" after it; the small model's DATE label on an
unknown name kept it out; "Um" was too short a name word) and the event was placed at the town.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "place", "country"), [
    ("Israeli tanks shelled Khuzaa, east of Khan Younis, on Monday, wounding three people, medics said.",
     "Khuzaa", "PS"),
    ("Al-Shabaab fighters attacked an army base in Mahaday, north of Jowhar, on Tuesday, killing four soldiers,"
     " the army said.", "Mahaday", "SO"),
    ("RSF fighters raided Um Sumeima, a village west of El Obeid, on Monday, killing 11 villagers, activists"
     " said.", "Um Sumeima", "SD"),
    ("Soldiers shelled Kpoto, about 20 km south of Bambari, on Friday, killing three rebels, the army said.",
     "Kpoto", "CF"),
])
def test_the_village_by_a_town_is_the_place(extract: Callable[..., ExtractionResult], text: str, place: str,
                                            country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country) for e in events] == [(place, country)], text


@pytest.mark.parametrize(("text", "place", "country"), [
    # A name the gazetteer knows only abroad is kept in the country of the town it lies by.
    ("Suspected jihadists attacked Kouri, about 20 km south of Djibo, on Monday, killing 11 civilians, residents"
     " said.", "Kouri", "BF"),
    # A town of that country stays itself.
    ("Al-Shabaab fighters attacked Balcad, about 30 km north of Mogadishu, on Monday, killing four soldiers, the"
     " army said.", "Balcad", "SO"),
])
def test_the_town_it_lies_by_gives_the_country(extract: Callable[..., ExtractionResult], text: str, place: str,
                                               country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country) for e in events] == [(place, country)], text


def test_a_date_word_is_no_place(extract: Callable[..., ExtractionResult]) -> None:
    text = "Militants attacked a base in Gao during Ramadan, killing two soldiers, officials said."
    events = extract(text, PUBLISHED).events
    assert [[loc.name for loc in e.locations] for e in events] == [["Gao"]]
