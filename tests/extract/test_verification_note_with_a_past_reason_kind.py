"""Kind (issue 10, kind 4, verification): a note that the figures could not be verified whose
reason names a past date ("The figures could not be independently verified, as phone lines in the
region have been cut since fighting broke out in April 2023") still speaks of the incident's figures.
Before, the past year made the whole sentence background, so the event's verified stayed null.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 9, 23)


@pytest.mark.parametrize("note", [
    "The figures could not be independently verified, as phone lines in the region have been cut since fighting "
    "broke out in April 2023.",
    "The toll could not be independently confirmed because the area has been closed to journalists since 2021.",
])
def test_a_verification_note_with_a_past_reason_holds(extract: Callable[..., ExtractionResult], note: str) -> None:
    text = ("A drone strike on a market in the town of Kobo killed at least 14 people on Sunday, a health worker "
            f"said.\n\nResidents said the market was crowded. {note}")
    events = extract(text, PUBLISHED).events
    assert [(e.fatalities, e.verified) for e in events] == [(14, False)]
