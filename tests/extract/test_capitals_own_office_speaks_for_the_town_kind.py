"""A capital's own office ("Kabul's mayor", "police in Mogadishu", "Khartoum's governor") speaks for
the town, as a provincial town's police do: "in the city" is that capital when the sentence names
no other place.  A capital's officials or authorities speak for the country ("Officials in Kabul
said a drone strike killed five in Khost"), and a place the sentence names comes first."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _places(text: str) -> list[str]:
    return [e.locations[0].name for e in extract_report(Report("office", text, published=date(2024, 6, 12))).events]


@pytest.mark.parametrize(("text", "place"), [
    ("Kabul's mayor said a rocket hit a market in the city on Sunday, killing three people.", "Kabul"),
    ("Police in Mogadishu said a car bomb exploded near a hotel in the city on Friday, killing five people.",
     "Mogadishu"),
    ("Khartoum's governor said shelling hit a hospital in the city on Tuesday, killing four patients.", "Khartoum"),
    ("Officials in Kabul said a drone strike killed five people in Khost on Monday.", "Khost"),
    ("Police in Kabul said a bomb killed four people in Jalalabad on Monday.", "Jalalabad"),
])
def test_a_capitals_own_office_places_the_city(text: str, place: str) -> None:
    assert _places(text) == [place]
