"""Kind (issue 10, kind 6): two sides' counts of the other's weapons downed ("Ukraine's air force
said it shot down 37 of 52 drones ... The Russian Defence Ministry said its air defences destroyed
17 Ukrainian drones over the Bryansk and Kursk regions") were one event, placed by the second and
attributed to the first speaker. Another speaker's other count of weapons downed is another
interception (ACLED: Disrupted weapons use), with its own source. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 11, 4)


@pytest.mark.parametrize(("text", "source"), [
    ("Ukraine's air force said it had shot down 37 of 52 drones launched by Russia overnight over 12 regions. The "
     "Russian Defence Ministry said its air defences destroyed 17 Ukrainian drones over the Bryansk and Kursk "
     "regions.", "Russian Defence Ministry"),
    ("Israel's military said it intercepted 12 rockets fired from Lebanon on Sunday. Hezbollah said its fighters "
     "shot down two Israeli drones over Nabatieh.", "Hezbollah"),
])
def test_the_second_count_keeps_its_speaker(extract: Callable[..., ExtractionResult], text: str,
                                            source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.source for e in events if e.sub_event_type == "Disrupted weapons use"][-1:] == [source]
