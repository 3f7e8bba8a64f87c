"""Kind (issue 10, kind 6): a round-up's item that opens on another town with an act and a figure of
its own ("In Khan Younis, three people were killed when a drone hit a motorcycle") was merged into
the incident before it when the towns lie within 25 km of each other (its figure lost), and an item
split off with no day of its own was left undated. A sentence that opens on a town that is none of
the incident's, more than 5 km from them, tells that town's incident, on the day of the one before.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 8, 11)
SATURDAY = date(2024, 8, 10)


@pytest.mark.parametrize(("text", "split"), [
    ("An air strike on a school in Gaza City killed 17 people on Saturday, the Civil Defence said. In Khan Younis, "
     "three people were killed when a drone hit a motorcycle.", [("Gaza City", 17, None), ("Khan Younis", 3, None)]),
    ("Russian shelling killed two people in Kherson on Saturday, the governor said. In Bilozerka, a drone attack "
     "wounded three people, he added.", [("Kherson", 2, None), ("Bilozerka", None, 3)]),
    ("Drones struck an oil depot in Kyiv on Saturday, injuring two workers, the mayor said. In Brovary, a drone hit "
     "a house, wounding a woman, officials said.", [("Kyiv", None, 2), ("Brovary", None, 1)]),
])
def test_each_town_on_the_round_ups_day(extract: Callable[..., ExtractionResult], text: str,
                                        split: list[tuple[str, int | None, int | None]]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities, e.injured) for e in events] == split
    assert [e.date for e in events] == [SATURDAY] * len(split)
