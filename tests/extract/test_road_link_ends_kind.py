"""Kind (issue 10, kind 2, places): the towns a road links ("on the road connecting the hamlet to
Bol", "the highway that links Djibo with Ouahigouya", "the road linking it to the town of
Damboa") are the road's ends, landmarks for the reader; the village where the act was comes
first. Before, a town the gazetteer knows came before the village it lacks. Sentences written for
this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 6, 20)


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen ambushed a truck near the hamlet of Ngouboua in western Chad on Monday, killing four traders on the "
     "road connecting the hamlet to Bol, officials said.", "Ngouboua"),
    ("A bomb hit a minibus near the village of Dagaba in Burkina Faso on Sunday on the highway that links Djibo "
     "with Ouahigouya, killing six passengers, security sources said.", "Dagaba"),
    ("Militants attacked a convoy at the village of Kamsuku in Nigeria on Tuesday, on the road linking it to the "
     "town of Damboa, killing three soldiers, the army said.", "Kamsuku"),
])
def test_the_towns_a_road_links_come_after_the_place_of_the_act(extract: Callable[..., ExtractionResult],
                                                                text: str, place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.locations[0].name for e in events] == [place]
    assert len(events[0].locations) > 1  # the road's ends are kept, after it


def test_a_town_a_road_links_is_the_place_when_nothing_else_is_named(
        extract: Callable[..., ExtractionResult]) -> None:
    events = extract("A roadside bomb killed three soldiers on Sunday on the road linking Kidal to Gao, the army "
                     "said.", PUBLISHED).events
    assert [e.locations[0].name for e in events] in (["Kidal"], ["Gao"])
