"""Kind (issue 10, kind 6): a clause whose subject is "another" or "a second" with its noun left out
("A missile hit a warehouse in Odesa, wounding four workers; another struck a port facility in
Izmail", "One drone hit Kharkiv ..., while another slammed into a depot in Chuhuiv") tells a
second act of the clause's weapon at a town of its own; the clause had no act word of its own
("struck" needs its weapon), so it was read as the first incident's and the two towns' figures
were mixed. The clause repeats the act before it, as a gapped clause does. Sentences written for
this test; before the change the first two reports gave one event with both towns."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 4, 22)


@pytest.mark.parametrize(("text", "events"), [
    ("A missile hit a warehouse in Odesa on Monday, wounding four workers; another struck a port facility in "
     "Izmail, where nobody was injured, the governor said.",
     [("Odesa", "Shelling/artillery/missile attack", None, 4), ("Izmail", "Shelling/artillery/missile attack", 0, 0)]),
    ("One drone hit a house in Kharkiv overnight, killing a woman, while another slammed into a bus depot in "
     "Chuhuiv, wounding two drivers, officials said.",
     [("Kharkiv", "Air/drone strike", 1, None), ("Chuhuiv", "Air/drone strike", None, 2)]),
    ("A car bomb exploded near a market in Mogadishu on Monday, killing five people, and a second went off "
     "outside a police station in Afgooye, wounding three officers, police said.",
     [("Mogadishu", "Remote explosive/landmine/IED", 5, None), ("Afgooye", "Remote explosive/landmine/IED", None, 3)]),
])
def test_each_town_is_an_incident(extract: Callable[..., ExtractionResult], text: str,
                                  events: list[tuple[str, str, int | None, int | None]]) -> None:
    assert [(e.locations[0].name, e.sub_event_type, e.fatalities, e.injured)
            for e in extract(text, PUBLISHED).events] == events
