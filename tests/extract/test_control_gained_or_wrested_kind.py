"""Kind (issue 10, kind 1: clear incidents give no event): territory taken told as control gained
or wrested ("Kurdish forces gained control of the town of Sinjar", "Jihadists wrested control of
X") gave no event: only "take control of" was a territory phrase.  "wrest control of" now is one
like "take control of"; "gain" and "assume" only with a settlement named by its kind ("the town
of X"), as a party also gains control of a council or a state in an election.  Sentences written
for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 6, 2)


@pytest.mark.parametrize(("text", "place"), [
    ("Kurdish forces gained control of the town of Sinjar on Sunday, officials said.", "Sinjar"),
    ("Jihadists wrested control of Djibo's outskirts on Sunday, a security source said.", "Djibo"),
    ("Rebels wrested control of the army base near Rutshuru on Sunday, local leaders said.", "Rutshuru"),
    ("The militia assumed control of the town of Kutum on Sunday after government troops withdrew, residents said.",
     "Kutum"),
])
def test_control_gained_or_wrested_is_territory_taken(extract: Callable[..., ExtractionResult], text: str,
                                                      place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.event_type) for e in events] == [(place, "Battles")], text


@pytest.mark.parametrize("text", [
    "The ruling party gained control of the city council in Lagos on Sunday after the vote count.",
    "The opposition gained control of Kano State in Saturday's election, the electoral commission said.",
    "Firefighters gained control of the blaze in Kano on Sunday, officials said.",
])
def test_control_gained_in_peace_is_no_event(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text
