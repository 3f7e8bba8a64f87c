"""Kind (issue 10, kind 2, places): a country's adjective that is not the noun for its people
("the southern Philippine town of X": the people are Filipino; "Ecuadorian", which countryinfo
spells Ecuadorean; "Kyrgyz", "Tajik", "Saudi") says which country holds the town the gazetteer
lacks, as "the Pakistani city of X" does. Before, the adjective was unknown and the incident was
dropped for want of a place. The adjectives live in data/lexicons/demonym_adjectives.tsv.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.geo.frames import demonyms
from eventwire.records import ExtractionResult

PUBLISHED = date(2023, 10, 24)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "place", "country"), [
    ("Gunmen ambushed a patrol in the southern Philippine town of Shariff Saydona Mustapha on Sunday, killing two"
     " soldiers, the army said.", "Shariff Saydona Mustapha", "PH"),
    ("Gunmen shot dead four policemen in the Ecuadorian port town of Puerto Bolivar Viejo on Sunday, police"
     " said.", "Puerto Bolivar Viejo", "EC"),
    ("Border guards exchanged fire with militants near the Kyrgyz village of Kok-Tash Batken on Sunday, killing"
     " two, officials said.", "Kok-Tash", "KG"),
])
def test_a_country_adjective_places_an_unknown_town(extract: Callable[..., ExtractionResult], text: str,
                                                   place: str, country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1
    assert events[0].locations[0].country == country
    assert events[0].locations[0].name.startswith(place)


def test_the_adjectives_join_the_countryinfo_demonyms() -> None:
    found = demonyms()
    assert found["philippine"] == frozenset({"PH"})
    assert found["filipino"] == frozenset({"PH"})
    assert found["ecuadorian"] == found["ecuadorean"] == frozenset({"EC"})
