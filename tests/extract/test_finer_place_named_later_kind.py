"""Kind (issue 10 kind 2, places): the lead names only a district, region or unit, and a sentence
just after it tells the act at a town or village inside it ("The attackers entered X village",
"arrived at X in Y").  That place comes first (gold-format.md: most specific first), also when
the gazetteer lacks it (kept in the unit's country); the unit stays after it.  A place in a
speaker's role ("president of civil society in the X sector") is no place of the act; a town
where a later sentence tells no act stays second.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "first", "then"), [
    ("Gunmen killed nine villagers in Rutshuru territory of North Kivu on Tuesday night, local officials said. The "
     "attackers entered Kisharo village at around 11 pm, going from house to house.", "Kisharo", "Rutshuru"),
    ("Bandits killed 14 people in Bakura local government area of Zamfara state on Sunday, police said. The gunmen "
     "arrived on motorcycles at Tudun Baushe in Bakura at about 3 a.m. and opened fire on worshippers.",
     "Tudun Baushe", "Bakura"),
])
def test_the_village_a_later_sentence_places_the_act_in_comes_first(text: str, first: str, then: str) -> None:
    events = extract_report(Report("later", text, published=dt.date(2024, 5, 10))).events
    assert len(events) == 1
    names = [location.name for location in events[0].locations]
    assert names[0] == first
    assert any(name.startswith(then) for name in names[1:])


def test_a_place_in_a_speakers_role_is_not_the_act_place() -> None:
    text = ("Rebels killed 11 civilians in Rutshuru territory on Sunday. The attackers came at night, said Paul "
            "Kambale, president of civil society in the Ruwenzori sector.")
    events = extract_report(Report("role", text, published=dt.date(2024, 5, 10))).events
    assert events[0].locations[0].name.startswith("Rutshuru")


def test_a_town_where_nothing_is_done_stays_after() -> None:
    text = ("Gunmen killed seven farmers in Mangu local government area of Plateau state on Friday, police said. "
            "Survivors later fled to Jos, the state capital.")
    events = extract_report(Report("fled", text, published=dt.date(2024, 5, 10))).events
    assert events[0].locations[0].name == "Mangu"
