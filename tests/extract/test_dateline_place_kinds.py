"""A wire dateline's city places an incident whose text names no place of its own, and never
overrides a place the text names (the dateline is where the report is filed from)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 4)


@pytest.mark.parametrize(("text", "place", "country"), [
    ("KHARKIV, Ukraine (AP) — A Russian missile strike on an apartment block in the city killed at least seven "
     "people on Tuesday, the regional governor said.", "Kharkiv", "UA"),
    ("MOGADISHU, Somalia (AP) — A car bomb exploded outside a busy restaurant on Sunday evening, killing nine "
     "people, police said.", "Mogadishu", "SO"),
    ("KABUL (Reuters) - A suicide bomber blew himself up near a ministry building on Monday, killing six people, "
     "police said.", "Kabul", "AF"),
    ("ODESA, Ukraine — Russian drones struck port facilities overnight, injuring two workers, the governor said "
     "on Telegram.", "Odesa", "UA"),
    ("PESHAWAR, Pakistan (AFP) - Gunmen on a motorbike shot dead two policemen guarding a polio vaccination team "
     "on Thursday, officials said.", "Peshawar", "PK"),
])
def test_dateline_city_places_an_incident_with_no_place(extract: Callable[..., ExtractionResult], text: str,
                                                        place: str, country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events, text
    first = events[0].locations[0]
    assert (first.name, first.country, first.precision) == (place, country, 2)


@pytest.mark.parametrize(("text", "place"), [
    ("BEIRUT, Oct 7 (Reuters) - An Israeli drone strike on a car killed three people in Nabatieh on Sunday, "
     "Lebanon's health ministry said.", "Nabatieh"),
    ("KYIV, Ukraine (AP) — Russian shelling killed two civilians in Kherson on Monday, the governor said.",
     "Kherson"),
])
def test_dateline_city_never_overrides_a_named_place(extract: Callable[..., ExtractionResult], text: str,
                                                     place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [location.name for location in events[0].locations] == [place]


@pytest.mark.parametrize(("text", "first"), [
    ("QUETTA: Gunmen killed four labourers in Turbat on Monday, police said.", "Turbat"),
    ("BANNU / PESHAWAR: Two policemen were killed when a roadside bomb went off near their vehicle in Domel on "
     "Monday, according to police.", "Domel"),
    ("SRINAGAR: A militant was killed in a gunfight with security forces in Shopian on Sunday, police said.",
     "Shopian"),
    ("QUETTA: A bomb killed two people near a market on Monday, police said.", "Quetta"),
])
def test_a_colon_dateline_is_a_dateline(extract: Callable[..., ExtractionResult], text: str, first: str) -> None:
    """"QUETTA: ...", "BANNU / PESHAWAR: ...": South Asian dailies' datelines, in capitals and a colon,
    place only an incident whose text names no place."""
    events = extract(text, PUBLISHED).events
    assert [event.locations[0].name for event in events] == [first]


def test_a_capitalised_label_is_no_dateline(extract: Callable[..., ExtractionResult]) -> None:
    text = "BREAKING: Gunmen killed four labourers in Turbat on Monday, police said."
    events = extract(text, PUBLISHED).events
    assert [[location.name for location in event.locations] for event in events] == [["Turbat"]]


@pytest.mark.parametrize("text", [
    "KABUL: Officials on Sunday defended new funds for drones and air defence, recalling the air strikes carried out "
    "on targets in Pakistan in March 2025.",
    "KABUL, Afghanistan (AP) — Officials on Sunday defended new funds for drones and air defence, recalling the air "
    "strikes carried out on targets in Pakistan in March 2025.",
])
def test_the_dateline_does_not_place_what_the_text_puts_abroad(extract: Callable[..., ExtractionResult],
                                                               text: str) -> None:
    """A sentence whose only places lie in another country, even in a clause set aside as background,
    is not placed at the dateline city."""
    assert extract(text, date(2026, 2, 2)).events == []
