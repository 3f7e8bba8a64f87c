"""Kind (issue 10, kind 6): a round-up whose lead sums its parts ("Israeli strikes killed at least 20
people across the Gaza Strip ... A strike on a house in Jabalia killed 10 ... A drone struck a car
in Rafah, killing four. Tank fire killed six people near Khan Younis") lost its first part when
that part's figure happened to equal the sum of the parts after it (10 = 4 + 6): the part was read
as a second summary and dropped. A sentence that is already a part of a summary before it sums
nothing of its own. Sentences written for this test; before the change the first part of each
report was lost."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "published", "events"), [
    ("Israeli strikes killed at least 20 people across the Gaza Strip on Monday, medics said. A strike on a "
     "house in Jabalia killed 10 people, a spokesman said. A drone struck a car in Rafah, killing four. Tank "
     "fire killed six people near Khan Younis, medics said.", date(2025, 7, 21),
     [("Jabalia", 10), ("Rafah", 4), ("Khan Younis", 6)]),
    ("Russian attacks killed 12 civilians in eastern Ukraine on Sunday, officials said. Shelling killed six "
     "people in Kostiantynivka, the governor said. A drone killed two people in Sloviansk. A guided bomb "
     "killed four in Druzhkivka, police said.", date(2025, 3, 10),
     [("Kostiantynivka", 6), ("Sloviansk", 2), ("Druzhkivka", 4)]),
])
def test_every_part_is_kept(extract: Callable[..., ExtractionResult], text: str, published: date,
                            events: list[tuple[str, int]]) -> None:
    assert [(e.locations[0].name, e.fatalities) for e in extract(text, published).events] == events
