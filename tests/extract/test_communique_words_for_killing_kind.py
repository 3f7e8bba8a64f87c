"""Kind (issue 10, kinds 1 and 7): military communiqués' words for killing fighters ("Security forces
eliminated 11 khwarij", "five terrorists were neutralised", "liquidated 30 fighters"; WordNet 3.0
liquidate.v.02 {liquidate, neutralize}, a kind of kill.v.01) counted no one, so the incident had no
toll or no event at all. They count the killed only beside a noun of armed people (triggers.json,
casualties.py): "eliminated fuel subsidies", "eliminated 12 checkpoints" and "two were eliminated
from the tournament" count none. "Khwarij" is the Pakistani military's word for Pakistani Taliban
fighters (armed_actors.json). Sentences written for this test; before the change the first five
mentions were uncounted and the first report gave no event (the parse counted the other two)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.nlp.casualties import find_casualties
from eventwire.records import ExtractionResult


@pytest.mark.parametrize(("text", "counted"), [
    ("Security forces eliminated 11 khwarij in an operation in Lakki Marwat.", [("killed", 11)]),
    ("Troops neutralized five terrorists in Borno.", [("killed", 5)]),
    ("The army said it had liquidated 30 Ukrainian fighters.", [("killed", 30)]),
    ("Eleven militants were eliminated in the operation.", [("killed", 11)]),
    ("Five bandits were neutralised by troops.", [("killed", 5)]),
    ("The government eliminated fuel subsidies.", []),
    ("The army eliminated 12 checkpoints along the road.", []),
    ("Two were eliminated from the tournament.", []),
])
def test_counted_only_with_armed_people(text: str, counted: list[tuple[str, int]]) -> None:
    assert [(c.kind, c.value) for c in find_casualties(text)] == counted


@pytest.mark.slow
@pytest.mark.parametrize(("text", "event"), [
    ("Security forces eliminated 11 khwarij in an operation in Lakki Marwat on Tuesday, the ISPR said.",
     ("Lakki Marwat", "Armed clash", 11)),
    ("Five terrorists were neutralised by troops in Bama on Tuesday, the army said.", ("Bama", "Armed clash", 5)),
    ("Troops neutralised 12 insurgents and rescued 20 hostages near Gwoza on Monday, the army said.",
     ("Gwoza", "Armed clash", 12)),
])
def test_the_killing_of_fighters_is_a_fight(extract: Callable[..., ExtractionResult], text: str,
                                           event: tuple[str, str, int]) -> None:
    assert [(e.locations[0].name, e.sub_event_type, e.fatalities)
            for e in extract(text, date(2025, 5, 14)).events] == [event]


def test_no_event_without_armed_people(extract: Callable[..., ExtractionResult]) -> None:
    assert extract("The government eliminated fuel subsidies in Kano on Tuesday, officials said.",
                   date(2025, 5, 14)).events == []
