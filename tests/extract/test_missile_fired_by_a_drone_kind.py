"""Kind (issue 10, kind 9): a missile or rocket that a drone fires ("An Israeli drone fired a missile
at a car near Tyre", "A Turkish drone launched two missiles at a vehicle") was typed a missile
attack, as a wave of "drones and missiles" is: the drone is the platform and the missile its
munition, an air strike as ACLED codes rockets an aircraft fires. A wave of both kinds named side
by side stays a missile attack. Sentences written for this test; before the change the first three
were typed Shelling/artillery/missile attack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 4, 22)


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("An Israeli drone fired a missile at a car near Tyre on Monday, killing two men, the state news agency "
     "said.", "Air/drone strike"),
    ("A Turkish drone launched two missiles at a vehicle near Qamishli on Monday, killing three fighters, the "
     "SDF said.", "Air/drone strike"),
    ("A helicopter fired a rocket at a truck near Gao on Monday, killing four people, residents said.",
     "Air/drone strike"),
    ("Russia attacked Kyiv with drones and missiles overnight, killing four people, the mayor said.",
     "Shelling/artillery/missile attack"),
    ("Militants fired rockets at a police station in Bannu on Monday, wounding three officers, police said.",
     "Shelling/artillery/missile attack"),
])
def test_the_platform_types_the_strike(extract: Callable[..., ExtractionResult], text: str,
                                       sub_event_type: str) -> None:
    assert [e.sub_event_type for e in extract(text, PUBLISHED).events] == [sub_event_type]
