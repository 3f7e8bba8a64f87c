"""Kind (issue 10, kind 2, places): a name set off by commas after the settlement noun that
describes it ("in a Congolese city, Goma, on Monday", "near the northern town, Gwoza,") is that
settlement, whatever label the model gives the name (the small model often calls it a person).
Before, only the other order ("Goma, a city in ...") and "the city of Goma" framed it, so the
name was lost and with it the incident. The demonym before the noun says the country, as it
does in "the Congolese city of Goma". Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 3, 12)


@pytest.mark.parametrize(("text", "place", "country"), [
    ("Soldiers opened fire on protesters in a Congolese city, Goma, on Monday, killing four people, "
     "witnesses said.", "Goma", "CD"),
    ("Gunmen killed seven farmers in a Malian village, Boni, on Tuesday, the army said.", "Boni", "ML"),
    ("A car bomb exploded near a checkpoint in the northern Iraqi town, Tuz Khurmatu, on Sunday, wounding "
     "nine people, police said.", "Tuz Khurmatu", "IQ"),
    ("Fighters stormed a police post in a remote Nigerien village, Bankilare, late on Monday and killed "
     "six officers, the interior ministry said.", "Bankilare", "NE"),
])
def test_a_name_apposed_to_its_settlement_noun_is_the_place(extract: Callable[..., ExtractionResult], text: str,
                                                            place: str, country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country) for e in events] == [(place, country)]


def test_a_person_after_a_settlement_noun_and_its_clause_is_no_place(
        extract: Callable[..., ExtractionResult]) -> None:
    # The comma closes a clause here: "Amina" is the speaker, not the village.
    events = extract("Gunmen killed seven farmers in a village near Mopti on Tuesday, Amina Traore, a local "
                     "councillor, said.", PUBLISHED).events
    assert [e.locations[0].name for e in events] == ["Mopti"]


@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen killed nine villagers in a Nigerian village, Ungwan Dauda, on Monday night, police said.", "NG"),
    ("KINSHASA, Democratic Republic of Congo - Rebels burned homes in a Congolese village, Kibwe-Nzulu, on "
     "Saturday and killed 14 people, the army said.", "CD"),
    ("Rebels burned homes in the Congolese village of Kibwe-Nzulu in North Kivu province on Saturday and "
     "killed 14 people, the army said.", "CD"),
])
def test_a_village_the_gazetteer_lacks_is_kept_in_the_country_its_demonym_says(
        extract: Callable[..., ExtractionResult], text: str, country: str) -> None:
    # A demonym of two countries ("Congolese") says the one the report names elsewhere.
    events = extract(text, PUBLISHED).events
    assert [e.locations[0].country for e in events] == [country]
    assert events[0].locations[0].name.startswith(("Ungwan", "Kibwe"))


def test_a_demonym_of_two_countries_alone_places_nothing(extract: Callable[..., ExtractionResult]) -> None:
    # Nothing says which Congo: the name is not guessed into either.
    events = extract("Rebels burned homes in a Congolese village, Kibwe-Nzulu, on Saturday and killed 14 people, "
                     "the army said.", PUBLISHED).events
    assert events == []
