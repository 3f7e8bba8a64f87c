"""Kind (issue 10, kind 7: stray figures): the toll of an earlier act told as the course that led to
the incident ("Troops liberated Macomia on Wednesday. Insurgents had stormed the town on May 10,
killing 10 civilians"; "The rebels had taken the town of Moba in mid-December, killing 20
soldiers") is that earlier act's, not the incident's: its result clause (", killing 10 civilians")
was cut from the dated clause and its figure given to the retaking.  Sentences written for this
test (a user-role trial found the kind)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "published", "place"), [
    ("Troops liberated Macomia, Mozambique, on Wednesday. Insurgents had stormed the town on May 10, killing "
     "10 civilians.", date(2024, 6, 27), "Macomia"),
    ("Rebels and troops fought near Kalemie on Tuesday, the army said. The rebels had taken the town of Moba in "
     "mid-December, killing 20 soldiers.", date(2024, 1, 10), "Kalemie"),
])
def test_the_earlier_acts_toll_is_not_the_incidents(extract: Callable[..., ExtractionResult], text: str,
                                                    published: date, place: str) -> None:
    events = extract(text, published).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == [(place, None)], text


def test_a_dated_act_with_its_result_is_the_incident(extract: Callable[..., ExtractionResult]) -> None:
    text = "Insurgents stormed a village near Palma on Sunday, killing 10 civilians, local officials said."
    events = extract(text, date(2024, 6, 27)).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == [("Palma", 10)]
