"""Kind (issue 10, kind 5): aircraft qualified by a military alliance ("Saudi-led coalition
aircraft", "Coalition warplanes") named no doer, as the alliance is neither a people's word nor a
state body; and the parse hangs "Saudi-led" on the aircraft, not on the alliance. The alliance,
with who leads it, is the doer (actor_cues.json weapon_owners). Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2018, 8, 10)


@pytest.mark.parametrize(("text", "actor"), [
    ("Saudi-led coalition aircraft struck a bus in Dahyan, Yemen, on Thursday, killing 40 children, the Red "
     "Cross said.", "Saudi-led coalition"),
    ("US-led coalition jets bombed a school near Raqqa on Tuesday, killing 33 people, monitors said.",
     "US-led coalition"),
    ("Coalition warplanes hit a market in Saada province on Tuesday, killing 12 people, Houthi media said.",
     "Coalition"),
])
def test_the_alliance_is_the_doer(extract: Callable[..., ExtractionResult], text: str, actor: str) -> None:
    assert [e.actor1 for e in extract(text, PUBLISHED).events] == [actor]
