"""Kind (issue 10, kind 6): a figure handed out "respectively" when the word comes after the shared
noun and before the day ("killed seven and four soldiers respectively on Monday") gave one event
with the sum at both places, because the figure's span may end before its noun; and when the
places lie a few kilometres apart ("Khan Younis and Rafah") the pieces were joined again as one
incident at the same spot. Each place keeps its own share. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 6, 11)


@pytest.mark.parametrize(("text", "split"), [
    ("Attacks on Tessit and Ansongo killed seven and four soldiers respectively on Monday, the army said.",
     [("Tessit", 7), ("Ansongo", 4)]),
    ("Airstrikes on Khan Younis and Rafah killed 25 and 18 people respectively on Sunday, medics said.",
     [("Khan Younis", 25), ("Rafah", 18)]),
    ("Drone strikes on Sumy and Kharkiv killed two and five civilians respectively on Monday, governors said.",
     [("Sumy", 2), ("Kharkiv", 5)]),
])
def test_each_place_keeps_its_share(extract: Callable[..., ExtractionResult], text: str,
                                    split: list[tuple[str, int]]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == split
