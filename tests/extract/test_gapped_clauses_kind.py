"""Kind (issue 10, kind 6: splitting): a sentence that tells a second incident by leaving out the verb
of the first ("Jihadists killed at least 30 people in Djibo on Saturday and 15 in Barsalogho on
Sunday", gapping) gave one event with both towns and the first figure only: the second figure and
day were lost.  The clause after "and" that has a figure and a place but no verb repeats the act
before it: another incident, of that act, with its own figure.  Failures of a user trial and
sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 3, 19)  # a Wednesday


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen killed six people in Bokkos on Sunday and another four in Mangu the following day, residents said.",
     [("Bokkos", date(2025, 3, 16), 6), ("Mangu", date(2025, 3, 17), 4)]),
    ("Jihadists killed at least 30 people in Djibo on Saturday and 15 in Barsalogho on Sunday, security "
     "sources said.", [("Djibo", date(2025, 3, 15), 30), ("Barsalogho", date(2025, 3, 16), 15)]),
    ("Russian shelling killed three civilians in Kherson on Monday and two more in Nikopol on Tuesday, "
     "officials said.", [("Kherson", date(2025, 3, 17), 3), ("Nikopol", date(2025, 3, 18), 2)]),
    ("Bandits abducted 20 villagers in Maru on Friday and 12 in Tsafe on Saturday, police said.",
     [("Maru", date(2025, 3, 14), None), ("Tsafe", date(2025, 3, 15), None)]),
])
def test_a_gapped_clause_is_another_incident_of_the_same_act(
        extract: Callable[..., ExtractionResult], text: str, expected: list[tuple[str, date, int | None]]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.date, e.fatalities) for e in events] == expected
    assert len({e.sub_event_type for e in events}) == 1


def test_two_victim_groups_in_one_place_stay_one_incident(extract: Callable[..., ExtractionResult]) -> None:
    text = "Militants killed 12 soldiers and three civilians in Gao on Monday, the army said."
    events = extract(text, PUBLISHED).events
    assert [[loc.name for loc in e.locations] for e in events] == [["Gao"]]
