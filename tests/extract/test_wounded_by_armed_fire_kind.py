"""Kind (issue 10, kind 1, clear incidents give no event): people wounded by an armed actor or its
fire, told in the passive with no act word ("Two villagers were wounded by Pakistani fire in X",
"A shepherd was wounded by militants near Y"), are an attack, as people killed so are; wounds by
an accident or a crush stay none.  Before, only "killed by" made the incident.  Sentences written
for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 14)


@pytest.mark.parametrize(("text", "place", "injured"), [
    ("Two villagers were wounded by Pakistani fire in Kupwara on Sunday, Indian officials said.", "Kupwara", 2),
    ("A woman was wounded by Russian fire in Nikopol on Sunday, the governor said.", "Nikopol", 1),
    ("A shepherd was wounded by militants near Kidal on Friday, the army said.", "Kidal", 1),
    ("Four farmers were injured by bandits in Gusau on Saturday, a local official said.", "Gusau", 4),
])
def test_wounds_by_armed_fire_are_an_attack(extract: Callable[..., ExtractionResult], text: str, place: str,
                                            injured: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.event_type, e.injured) for e in events] == [
        (place, "Violence against civilians", injured)], text


@pytest.mark.parametrize("text", [
    "Two workers were injured by falling debris at a factory in Lahore on Monday, police said.",
    "Five people were hurt by a stampede at a stadium in Kano on Sunday.",
])
def test_wounds_by_an_accident_are_none(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == []
