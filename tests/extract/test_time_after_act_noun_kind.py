"""Kind (issue 10, kind 1: clear incidents give no event): a time phrase with "on" after the act
noun ("an attack on Friday night", "a raid on Tuesday evening") that the parse hangs on the noun
was read as what the act hit, and a time noun as something no weapon can hit: the act was taken
for a figure of speech and the incident was lost.  A time the object lies in (the time stage's own
expressions, or the model's date and time entities) is when, never what.  "An attack on the
budget" stays a figure of speech.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "place", "killed", "day"), [
    ("At least 30 people were killed in an attack on the village of Yelwata on Friday night, police said. The "
     "village lies in Benue state.", "Yelwata", 30, date(2025, 3, 14)),
    ("A raid on Tuesday evening left nine villagers dead in Bankass, local officials said.", "Bankass", 9,
     date(2025, 3, 11)),
    ("The attack on Sunday afternoon killed six worshippers at a church in Kaduna, police said.", "Kaduna", 6,
     date(2025, 3, 9)),
    ("Seven people died in an air strike on Wednesday morning in Marib, medics said.", "Marib", 7,
     date(2025, 3, 12)),
    ("Eleven villagers were killed in a militia raid on Saturday night in Djugu territory, a local chief said.",
     "Djugu", 11, date(2025, 3, 8)),
])
def test_a_time_after_the_act_noun_is_when_not_what(extract: Extract, text: str, place: str, killed: int,
                                                     day: date) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert (event.locations[0].name.split()[0], event.fatalities, event.date) == (place, killed, day), text


@pytest.mark.parametrize("text", [
    "The opposition condemned the attack on the budget in Abuja on Monday, saying it would hurt the poor.",
    "Critics in Nairobi called the tax bill an attack on the poor on Tuesday.",
])
def test_an_attack_on_an_abstract_thing_stays_a_figure_of_speech(extract: Extract, text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text
