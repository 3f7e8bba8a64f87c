"""Kind (issue 10, kind 2, places): when a sentence names no place but the seat of the police or
officials who tell the act ("Police in Kano said gunmen had shot dead four traders", "Officials in
Kherson said a drone killed two people"), that town is the incident's place, as a local witness's
already was ("a volunteer in Bardhere said"). Before, the place inside the source was set aside
and the incident dropped for want of one. A national capital's officials ("Officials in Kyiv
said") and an outlet's seat ("a Dubai-based channel") still give no place. Sentences written for
this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 9, 17)


@pytest.mark.parametrize(("text", "place", "country"), [
    ("Police in Kano said on Monday that gunmen had shot dead four traders.", "Kano", "NG"),
    ("Police in the Ecuadorian port of Puerto Bolivar said gunmen had shot dead four dock workers on Monday.",
     "Puerto Bolivar", "EC"),
    ("Officials in Kherson said a drone killed two people on Monday.", "Kherson", "UA"),
])
def test_the_seat_of_local_police_or_officials_places_the_act(extract: Callable[..., ExtractionResult], text: str,
                                                              place: str, country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country) for e in events] == [(place, country)]


@pytest.mark.parametrize("text", [
    "Officials in Kyiv said a drone killed two people on Monday.",
    "A Dubai-based channel said a drone killed two people on Monday.",
])
def test_a_capitals_officials_or_an_outlets_seat_place_nothing(extract: Callable[..., ExtractionResult],
                                                               text: str) -> None:
    assert extract(text, PUBLISHED).events == []


def test_a_place_of_the_act_comes_first(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("Police in Kano said gunmen had shot dead four traders in Bichi on Monday.", PUBLISHED).events
    assert [e.locations[0].name for e in events] == ["Bichi"]
