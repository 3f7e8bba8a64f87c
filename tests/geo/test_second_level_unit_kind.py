"""Kind (issue 10, kind 2): a district or province named with its unit word ("Loroum province",
"Buner district") that GeoNames has as a second-level unit (admin2) is a place in its own
right, in its country and first-level region, also when the report names no country and when a
town of the same name lies in another region.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.geo.build import admin2_name
from eventwire.geo.gazetteer import load_gazetteer
from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("written", "name"), [
    ("Buner District", "Buner"),
    ("Province of Davao del Sur", "Davao del Sur"),
    ("Province du Yagha", "Yagha"),
    ("Cercle de Bougouni", "Bougouni"),
    ("Arrondissement de Croix des Bouquets", "Croix des Bouquets"),
    ("Zhmerynka Raion", "Zhmerynka"),
    ("Maguindanao del Norte", "Maguindanao del Norte"),
])
def test_a_geonames_unit_name_loses_its_unit_words(written: str, name: str) -> None:
    assert admin2_name(written) == name


def test_the_gazetteer_finds_a_unit_by_its_bare_name() -> None:
    (unit,) = load_gazetteer().districts("Loroum")
    assert (unit.country, unit.admin1) == ("BF", "Nord")
    assert unit.lat is not None and unit.lon is not None


@pytest.mark.parametrize(("text", "country", "admin1"), [
    # No country named and no town of the name: the unit is the only reading.
    ("Militants killed five soldiers in an ambush in Buner district on Monday, the army said.",
     "PK", "Khyber Pakhtunkhwa"),
    ("Jihadist fighters killed 15 civilians at a cattle market in Seno province on Monday, according to "
     "local officials.", "BF", "Sahel"),
    ("Unidentified attackers set fire to a health centre and killed a nurse in the Loroum province on "
     "Wednesday, residents told reporters.", "BF", "Nord"),
    ("Three police officers were shot dead at a checkpoint in Davao del Sur province on Thursday, the "
     "regional police office said.", "PH", "Davao Region"),
    # A town of the name lies in another region: the province is meant.
    ("Suspected rebels ambushed an army truck in Sultan Kudarat province before dawn on Sunday, killing three "
     "soldiers, a military spokesman said.", "PH", "Soccsksargen"),
    # A town of the name in the same region: the unit as before.
    ("A roadside bomb tore through a police van in Lakki Marwat district on Tuesday, killing four officers, "
     "officials said.", "PK", "Khyber Pakhtunkhwa"),
    ("Gunmen shot dead two migrant workers in Pulwama district late on Saturday, police said.",
     "IN", "Jammu and Kashmir"),
    # The unit word before the name.
    ("Soldiers raided a militant camp in the southern province of Sultan Kudarat on Saturday, killing four "
     "fighters, the army said.", "PH", "Soccsksargen"),
    ("Gunmen killed seven villagers in the province of Loroum on Friday, a local official said.", "BF", "Nord"),
    # The country named after the unit.
    ("Gunmen killed eleven villagers in the Oudalan province of northern Burkina Faso on Sunday, local sources "
     "said.", "BF", "Sahel"),
])
def test_a_second_level_unit_places_the_incident(extract: Callable[..., ExtractionResult], text: str,
                                                   country: str, admin1: str) -> None:
    (event,) = extract(text, date(2025, 2, 14)).events
    place = event.locations[0]
    assert (place.country, place.admin1, place.feature) == (country, admin1, "region"), event.locations
    assert place.lat is not None and place.lon is not None


def test_a_unit_of_another_country_than_the_report_names_is_not_taken(
        extract: Callable[..., ExtractionResult]) -> None:
    # Afghanistan named, and GeoNames' Buner unit is Pakistani: not placed there on the name alone.
    text = ("Gunmen killed four guards at a border post in Buner district of Afghanistan on Monday, "
            "provincial officials said.")
    for event in extract(text, date(2025, 2, 14)).events:
        assert all(place.country != "PK" for place in event.locations), event.locations


@pytest.mark.parametrize(("text", "bare", "country"), [
    # A headline names the unit bare; a Senegalese village and an Argentine town carry the names.
    ("Gunmen kill nine herders in Seno\n\nOUAGADOUGOU, Feb 14: Gunmen killed nine herders at a water point in "
     "the Seno province on Thursday, a local official said.", "Seno", "BF"),
    ("Levies convoy ambushed in Kachhi\n\nSeven members of the Levies force were wounded when militants opened fire "
     "on their convoy in Kachhi district on Thursday, officials said.", "Kachhi", "PK"),
])
def test_the_unit_named_bare_elsewhere_in_the_report_is_the_unit(
        resolved_places: Callable[[str], list[tuple[str, str | None]]], text: str, bare: str, country: str) -> None:
    places = resolved_places(text)
    assert all(name_country == country for name, name_country in places if name.startswith(bare)), places
