"""Kind (issue 10, kinds 2 and 7): the act an act answers, named in a phrase of retaliation ("in
retaliation for a suicide bombing in Peshawar that killed 20 soldiers", "in response to a rocket
attack on Kiryat Shmona", "to avenge an air strike on Rutshuru"), is another incident: its place
and its toll were the answering act's.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 3, 10)  # a Sunday


@pytest.mark.parametrize(("text", "place", "killed", "sub_event_type"), [
    ("Pakistani jets struck militant hideouts inside Afghanistan on Saturday in retaliation for a suicide bombing "
     "in Peshawar that killed 20 soldiers.", "Afghanistan", None, "Air/drone strike"),
    ("Israeli aircraft hit targets in Lebanon on Sunday in response to a rocket attack on Kiryat Shmona.",
     "Lebanon", None, "Air/drone strike"),
    ("The Iraqi air force struck Islamic State positions inside Syria on Friday in response to recent bombings "
     "in Baghdad.", "Syria", None, "Air/drone strike"),
    ("Rebels shelled Goma on Sunday to avenge an air strike on Rutshuru that killed nine fighters.", "Goma", None,
     "Shelling/artillery/missile attack"),
])
def test_the_answering_act_keeps_its_own_place(extract: Callable[..., ExtractionResult], text: str, place: str,
                                               killed: int | None, sub_event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [([location.name for location in e.locations], e.fatalities, e.sub_event_type) for e in events] == [
        ([place], killed, sub_event_type)], text
