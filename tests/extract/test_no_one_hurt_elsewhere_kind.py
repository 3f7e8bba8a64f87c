"""Kind (issue 10, kind 6): a second town hit in the same wave whose sentence says no one was hurt
("In Odesa, a drone hit a warehouse, but no one was hurt") was merged into the first town's event,
its zero taken for the first town's toll (killed 0 beside injured 9). "No one was hurt" is a
figure of that town's own, so the town is an incident of its own. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 11, 4)


@pytest.mark.parametrize(("text", "split"), [
    ("Russian drones struck residential buildings in Kharkiv overnight, injuring nine people, the governor said on "
     "Monday.\n\nIn the southern port of Odesa, a drone hit a warehouse, starting a large fire, but no one was hurt, "
     "the city's military administration said.", [("Kharkiv", None, 9), ("Odesa", 0, 0)]),
    ("Shelling killed two civilians in Kherson on Sunday, the regional administration said. In Nikopol, artillery "
     "fire damaged power lines; nobody was injured, officials said.", [("Kherson", 2, None), ("Nikopol", 0, 0)]),
])
def test_the_unhurt_town_is_its_own_incident(extract: Callable[..., ExtractionResult], text: str,
                                             split: list[tuple[str, int | None, int | None]]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities, e.injured) for e in events] == split
