"""Kind (issue 10, kind 6): a clause a sentence opens as another incident after a semicolon
("...; in a separate attack, a drone hits a fuel depot in the capital", "...; separately, a grenade
attack in the capital wounds 2", "...; elsewhere, a roadside bomb killed three soldiers in the
northeast") stands on its own though it names no place the gazetteer finds; the incident then
lies at the national capital or in the country of the places told before. Before, such a clause
joined the one before it, which took its figures and its type. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 3, 14)


@pytest.mark.parametrize(("text", "split"), [
    ("Sudan: RSF shelling kills 15 in El Obeid, North Kordofan; in a separate attack, a drone hits a fuel depot in "
     "the capital, injuring 3.", [("El Obeid", 15, None), ("Khartoum", None, 3)]),
    ("Somalia: al-Shabaab attack on army base in Hiraan kills 6; separately, a grenade attack in the capital wounds 2.",
     [("Hiiraan", 6, None), ("Mogadishu", None, 2)]),
    ("Gunmen killed four farmers near Bama on Monday; elsewhere, a roadside bomb killed three soldiers in the "
     "northeast, the army said.", [("Bama", 4, None), ("Nigeria", 3, None)]),
])
def test_a_clause_marked_as_another_incident_stands_alone(extract: Callable[..., ExtractionResult], text: str,
                                                          split: list[tuple[str, int | None, int | None]]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities, e.injured) for e in events] == split
