"""Kind (issue 10, kind 2: places): of two namesakes in one country ("Bishnupur district" in Manipur
and in West Bengal), the one near the city a wire files from is the one it reports on: the dateline
city is an anchor for the nearness score (within geo.resolve.NEAR_KM, so a dateline far from both
decides nothing).  Before, the larger namesake won whatever the dateline.  A failure of a user trial
and sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 3)


@pytest.mark.parametrize(("text", "admin1"), [
    ("Imphal, May 3: Gunmen shot dead two farmers in Bishnupur district on Thursday, police said.", "Manipur"),
    ("Imphal, Aug 12: Two village volunteers were killed and three others injured in a gunfight with suspected "
     "militants in Bishnupur district on Sunday, police said.", "Manipur"),
    ("KOLKATA, May 3: Two party workers were killed in clashes in Bishnupur on Thursday, police said.",
     "West Bengal"),
])
def test_the_namesake_near_the_dateline_city_is_the_place(extract: Callable[..., ExtractionResult], text: str,
                                                          admin1: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [[loc.admin1 for loc in e.locations if loc.name.startswith("Bishnupur")] for e in events] == [[admin1]]
