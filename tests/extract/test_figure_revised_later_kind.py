"""Kind (issue 10, kind 7): a speaker who later revises their own figure ("He later revised the
toll down to nine", "but later lowered the figure to 24") gave the event the first figure: only a
larger later figure replaced the lead. A figure told as revised later is the speaker's count now,
smaller or larger; "the figure" after a verb of revising is the toll's; and the verb that the parse
joins to the reported clause ("Police initially said 30 people died ..., but later lowered ...")
is the speakers', not the dead's. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 6, 11)


@pytest.mark.parametrize(("text", "killed", "source"), [
    ("The governor said a Russian drone strike killed 12 people in Sumy on Monday. He later revised the toll down "
     "to nine.", 9, "governor"),
    ("Police initially said 30 people died in the bombing of a market in Quetta on Monday, but later lowered the "
     "figure to 24.", 24, "Police"),
    ("An air strike killed 15 people in Marib on Monday, a health official said. The official later corrected the "
     "toll to 18.", 18, "health official"),
])
def test_the_revised_figure_is_the_count(extract: Callable[..., ExtractionResult], text: str, killed: int,
                                         source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.fatalities, e.source) for e in events] == [(killed, source)]
