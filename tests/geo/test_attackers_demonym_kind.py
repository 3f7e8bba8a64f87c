"""Kind (issue 10, kind 2: a country chosen where the report names the place): the demonym before a
remote weapon or strike ("an Israeli drone strike", "Turkish warplanes", "Russian missiles") says
whose weapon it was, and remote violence crosses borders, so it does not place a village the
gazetteer lacks in the attacker's country; troops and forces, mostly on their own soil, still
point ("Nigerian troops ... near the village of Kirenowa").  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]


def _countries(extract: Extract, text: str) -> set[str | None]:
    events = extract(text, date(2026, 3, 4)).events
    return {location.country for event in events for location in event.locations}


@pytest.mark.parametrize(("text", "attacker"), [
    ("An Israeli drone strike on a car near the village of Kfar Dounine killed two men on Tuesday, the health "
     "ministry said.", "IL"),
    ("Turkish warplanes bombed the village of Til Kocer on Sunday, killing three people, a local council said.", "TR"),
    ("Russian missiles hit the village of Hrushivka Druha on Monday, killing a farmer, the governor said.", "RU"),
])
def test_an_attackers_demonym_does_not_place_the_village(extract: Extract, text: str, attacker: str) -> None:
    assert attacker not in _countries(extract, text)


def test_troops_demonym_still_points_at_their_country(extract: Extract) -> None:
    text = "Nigerian troops killed six insurgents near the village of Kirenowa on Monday, the army said."
    assert _countries(extract, text) == {"NG"}
