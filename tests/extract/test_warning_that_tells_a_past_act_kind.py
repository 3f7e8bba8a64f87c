"""Kind (issue 10, kind 1, clear incidents give no event): a warning whose reported clause tells a
past act ("warned that M23 rebels had killed 15 civilians in X", "warned a rally in X that ...",
"the UN warned that jihadists killed 20 villagers near Y last week") reports that act; only a
warning of what may come ("warned that militants could attack") is no incident.  Before, every
clause after "warned" was read as a threat.  Sentences written for this test (found by a
user-role check)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 6, 3)


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("President Felix Tshisekedi warned a rally in Kinshasa that M23 rebels had killed 15 civilians in Rutshuru on "
     "Saturday.", "Rutshuru", 15),
    ("The governor warned that M23 rebels had killed 15 civilians in Rutshuru on Saturday.", "Rutshuru", 15),
    ("The UN warned on Monday that jihadists killed 20 villagers near Djibo last week.", "Djibo", 20),
    ("The governor warned residents in Goma that rebels had killed nine farmers near Sake on Friday.", "Sake", 9),
])
def test_a_warning_of_a_past_act_reports_it(extract: Callable[..., ExtractionResult], text: str, place: str,
                                            killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == [(place, killed)], text


@pytest.mark.parametrize("text", [
    "The army warned that militants could attack towns near Djibo in the coming days.",
    "The governor warned that bandits would strike villages near Gusau if the ransom was not paid.",
])
def test_a_warning_of_what_may_come_is_none(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == []
