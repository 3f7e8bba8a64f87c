"""Kind (issue 10, kind 8, look-alikes): a threat with its condition ("it would strike Hezbollah
targets in Tyre if rocket fire continued", "will pound X if shelling of Y does not stop") gave an
event from the condition's weapon word: a modal covered its own predicate but not a clause with a
subject of its own, and a condition has one.  A condition ("if", "unless") of a future act is
covered with it.  Sentences written for this test; a real act beside a threat keeps its event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 12)


@pytest.mark.parametrize("text", [
    "The Israeli army said on Wednesday it would strike Hezbollah targets in Tyre if rocket fire continued.",
    "Russian forces will pound Kharkiv if Ukrainian shelling of Belgorod does not stop, a Russian lawmaker said.",
    "The militia warned it would attack convoys near Gao unless drone strikes on its camps ended.",
])
def test_a_threat_and_its_condition_are_no_event(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text


def test_a_real_act_beside_a_threat_keeps_its_event(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Hezbollah fired rockets at Kiryat Shmona on Saturday, wounding two people, the Israeli army said, "
            "adding that it would strike back if the attacks continued.")
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.injured) for e in events] == [("Kiryat Shmona", 2)]
