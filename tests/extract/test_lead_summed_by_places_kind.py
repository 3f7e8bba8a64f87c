"""Kind (issue 10, kind 6: splitting, and kind 7: stray figures): a lead whose toll the sentences
after it tell again place by place ("Militants attacked an army post and ambushed a convoy ...,
killing 21 soldiers. At the post near X, 13 soldiers were killed. ... near Y, where eight soldiers
died") gave its total to the first place and left the others undated.  A lead whose killed figure
is the sum of the first figures of two or more later sentences, each at a place of its own, is a
summary: its total is no incident's, and its day dates the incidents after it that give none.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants attacked an army post and ambushed a convoy in northern Burkina Faso on Saturday, killing 21 "
     "soldiers, security sources said. At the post near Djibo, 13 soldiers were killed. The convoy was ambushed near "
     "Arbinda, where eight soldiers died.", [("Djibo", 13), ("Arbinda", 8)]),
    ("Gunmen attacked villages in Plateau state on Sunday, killing 30 people, officials said. In Bokkos, gunmen "
     "killed 18 villagers. In Mangu, attackers killed 12 people.", [("Bokkos", 18), ("Mangu", 12)]),
    ("Bandits raided farming settlements across Katsina state on Wednesday, killing 17 people, police said. Nine "
     "farmers were killed in Faskari. In Sabuwa, gunmen shot dead eight villagers.",
     [("Faskari", 9), ("Sabuwa", 8)]),
])
def test_a_lead_summed_by_the_places_after_it_is_a_summary(extract: Extract, text: str,
                                                           expected: list[tuple[str, int]]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == expected, text
    assert len({e.date for e in events}) == 1 and events[0].date is not None, text


def test_a_breakdown_with_no_places_is_no_set_of_incidents(extract: Extract) -> None:
    """"Six were women and four children" counts parts of one toll, at no place of their own."""
    (event,) = extract("Gunmen killed 10 villagers in Bankass, Mali, on Sunday, officials said. Six of the dead "
                       "were women. Four were children.", PUBLISHED).events
    assert event.fatalities == 10
