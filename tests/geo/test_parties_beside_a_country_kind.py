"""Kind (issue 10, kind 2): a name the model calls an organisation or a person, coordinated with a
country ("talks between Israel and Hamas", "Russia and Wagner"), names a party, not a place: it is
not taken for a town of another spelling abroad (GeoNames lists "Hamas" among Hamm's names), while
a list of towns stays a list.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _places(text: str) -> list[list[tuple[str, str | None]]]:
    events = extract_report(Report("party", text, published=dt.date(2024, 5, 10))).events
    return [[(location.name, location.country) for location in event.locations] for event in events]


@pytest.mark.parametrize(("text", "place"), [
    ("Talks between Israel and Hamas resumed on Monday as an air strike killed eight people in Deir al-Balah.",
     ("Deir al-Balah", "PS")),
    ("As talks between Israel and Hamas went on, shelling killed four people in Beit Lahia on Tuesday, medics "
     "said.", ("Beit Lahia", "PS")),
])
def test_a_party_beside_a_country_is_no_place(text: str, place: tuple[str, str]) -> None:
    assert _places(text) == [[place]]


def test_a_list_of_towns_stays_a_list() -> None:
    text = "Shells hit Kharkiv, Izium and Kupiansk on Monday, killing five people, officials said."
    assert _places(text) == [[("Kharkiv", "UA"), ("Izium", "UA"), ("Kupiansk", "UA")]]
