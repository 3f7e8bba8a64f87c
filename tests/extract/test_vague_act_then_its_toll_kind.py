"""Kinds (issue 10, kinds 1 and 9), from a user-role trial, with sentences written for this test:
- a vague act word that needs a toll beside it ("came under fire", "were ambushed") with the toll
  in the next sentence ("Troops came under fire near Bamenda on Tuesday. Three soldiers were
  wounded.") is an incident, as a generic act word with its toll next already was;
- an ambush told in the passive of an armed side's convoy or patrol ("An army convoy was ambushed
  near Kidal") is a fight between armed sides, not an attack on civilians; a bus of pilgrims
  ambushed stays an attack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2023, 4, 26)  # a Wednesday


@pytest.mark.parametrize(("text", "place", "figures"), [
    ("Troops came under fire from separatists near Bamenda on Tuesday, the army said. Three soldiers were "
     "wounded.", "Bamenda", (None, 3)),
    ("A police checkpoint came under heavy fire near Bannu on Monday. Two constables were killed, officials "
     "said.", "Bannu", (2, None)),
])
def test_a_vague_act_takes_the_toll_told_next(extract: Callable[..., ExtractionResult], text: str, place: str,
                                              figures: tuple[int | None, int | None]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, (e.fatalities, e.injured)) for e in events] == [(place, figures)], text


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("An army convoy was ambushed near Kidal on Tuesday. Four soldiers died and six were wounded, the army "
     "said.", "Armed clash"),
    ("A police patrol was ambushed near Tillaberi on Monday, leaving five officers dead, the ministry said.",
     "Armed clash"),
    ("A bus carrying pilgrims was ambushed near Djibo on Monday. Eleven people were killed, officials said.",
     "Attack"),
])
def test_an_ambushed_convoy_of_forces_is_a_clash(extract: Callable[..., ExtractionResult], text: str,
                                                 sub_event_type: str) -> None:
    assert [e.sub_event_type for e in extract(text, PUBLISHED).events] == [sub_event_type], text
