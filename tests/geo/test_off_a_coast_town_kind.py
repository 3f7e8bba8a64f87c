"""Kind (issue 10, kinds 1 and 2: an act at sea): a ship hit "off" a coastal town ("off Hodeidah",
"off Aden") is placed at that town, as ACLED places incidents at sea at the nearest named coastal
location.  Before, "off" was no place word, so a town the model did not label lost the event.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 6, 2)


@pytest.mark.parametrize(("text", "place"), [
    ("A missile struck a bulk carrier off Aden on Sunday, wounding two crew members, the maritime agency said.",
     "Aden"),
    ("Houthi rebels attacked a container ship off Hodeidah on Sunday, the British navy said.", "Hodeidah"),
    ("A drone hit a fishing boat off Berbera on Sunday, killing one fisherman, local officials said.", "Berbera"),
    ("A drone struck a tanker off Mukalla on Sunday, wounding three sailors, the operator said.", "Mukalla"),
])
def test_a_ship_hit_off_a_town_is_placed_at_it(extract: Callable[..., ExtractionResult], text: str,
                                               place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.locations[0].name for e in events] == [place], text
