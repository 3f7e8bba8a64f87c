"""Kind (issue 10, kind 2: places that are not where the incident happened): a name joined by a
hyphen to a participle of control or support ("Indian-administered Kashmir", "Saudi-led
coalition", "Turkish-backed fighters", "Russian-installed officials") names the party in control
or behind an actor, not a place of the incident (data/lexicons/place_frames.json control_words).
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]


def _places(extract: Extract, text: str) -> list[list[tuple[str, str | None]]]:
    events = extract(text, date(2026, 3, 4)).events
    return [[(location.name, location.country) for location in event.locations] for event in events]


@pytest.mark.parametrize(("text", "place", "not_a_place"), [
    ("In Indian-administered Kashmir, a militant was killed in a gunfight with soldiers in Kupwara district on "
     "Sunday, police said.", "Kupwara", "Indian"),
    ("A Saudi-led coalition air strike hit a market in Saada on Monday, killing six people, medics said.",
     "Saada", "Saudi"),
    ("Turkish-backed fighters shelled a village near Tal Tamr on Sunday, killing two farmers, a monitor said.",
     "Tal Tamr", "Turkish"),
    ("Shelling killed two people in Nova Kakhovka on Sunday, Russian-installed officials said.", "Nova Kakhovka",
     "Russian"),
])
def test_a_controlling_party_is_no_place(extract: Extract, text: str, place: str, not_a_place: str) -> None:
    (locations,) = _places(extract, text)
    names = [name for name, _ in locations]
    assert any(place in name for name in names)
    assert not any(name.startswith(not_a_place) for name in names)
    assert len({country for _, country in locations}) == 1


@pytest.mark.parametrize(("text", "backer"), [
    ("Rwandan-backed M23 rebels attacked a village near Kalehe on Sunday, killing six civilians, local officials "
     "said.", "RW"),
    ("Emirati-backed forces shelled a market in Mokha on Monday, killing four people, medics said.", "AE"),
])
def test_a_backers_demonym_does_not_place_the_incident(extract: Extract, text: str, backer: str) -> None:
    # "Rwandan-backed" says who stands behind the rebels, not which country the town is in.
    assert not any(country == backer for locations in _places(extract, text) for _, country in locations)
