"""Kind (issue 10, kind 7: stray figures): the toll of an earlier act named in a clause of reference
("Militants attacked a police post in Tank on Monday, two days after a roadside bomb killed four
soldiers in Bannu") is that act's, not the toll of the main clause's act, also when the main act
word does not say how ("attacked", "struck"); it became the main event's figure.  Sentences written
for this test (a user-role trial found the kind)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 10, 15)  # a Tuesday


@pytest.mark.parametrize(("text", "place"), [
    ("Militants attacked a police post in Tank on Monday, two days after a roadside bomb killed four soldiers "
     "in Bannu.", "Tank"),
    ("Gunmen attacked a checkpoint near Kidal on Monday, a day after a car bomb killed 11 people in Gao.",
     "Kidal"),
    ("Rebels struck an army base near Bambari on Sunday, days after an ambush killed nine peacekeepers near "
     "Bria.", "Bambari"),
])
def test_the_main_act_takes_no_toll_of_the_reference(extract: Callable[..., ExtractionResult], text: str,
                                                     place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == [(place, None)], text
