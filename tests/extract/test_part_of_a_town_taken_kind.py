"""Kind (issue 10, kinds 1 and 9): a change of control told of a part of a town ("seized large parts of
the city", "overran half of X") or of its seat of power ("took control of the presidential palace")
is a change of territory (ACLED: Non-state actor overtakes / Government regains territory); it was
no event, or an attack where the sentence said "stormed".  Sentences written for this test (a
user-role trial found the kind)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 11, 30)  # a Saturday


@pytest.mark.parametrize(("text", "place", "sub_event_type"), [
    ("Rebels seized most of the town of Bossangoa on Tuesday, residents said.", "Bossangoa",
     "Non-state actor overtakes territory"),
    ("Government troops retook large parts of the city of Wad Madani on Friday, the army said.", "Wad Madani",
     "Government regains territory"),
    ("Fighters of the rebel coalition entered Bangui on Monday and took control of the presidential palace.",
     "Bangui", "Non-state actor overtakes territory"),
    ("Insurgents stormed into Aleppo on Friday and seized large parts of the city.", "Aleppo",
     "Non-state actor overtakes territory"),
    ("Jihadists overran half of Menaka on Thursday, a local official said.", "Menaka",
     "Non-state actor overtakes territory"),
])
def test_a_part_of_a_town_taken_is_a_change_of_territory(extract: Callable[..., ExtractionResult], text: str,
                                                         place: str, sub_event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.sub_event_type) for e in events] == [(place, sub_event_type)], text


def test_a_part_of_a_town_flooded_is_no_event(extract: Callable[..., ExtractionResult]) -> None:
    text = "Large parts of the city of Beira were flooded on Friday, the governor said."
    assert extract(text, PUBLISHED).events == []


@pytest.mark.parametrize("text", [
    # Found by a second user-role trial.
    "RSF fighters overran the eastern half of El Fasher on Monday, residents said.",
    "RSF fighters took over several districts of El Fasher on Monday, residents said.",
    "M23 rebels seized several neighbourhoods of Goma on Monday, residents said.",
])
def test_a_half_or_districts_of_a_town_taken(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert [e.sub_event_type for e in extract(text, PUBLISHED).events] == ["Non-state actor overtakes territory"], text
