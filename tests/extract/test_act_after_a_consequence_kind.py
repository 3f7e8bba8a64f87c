"""Kind (issue 10, kind 1): a sentence whose main clause tells what followed an act, with no act or
toll of its own ("Troops were deployed to Gwoza on Monday after gunmen attacked a market there,
killing seven", "Authorities imposed a curfew in Jos after armed men killed 12 villagers in nearby
Bokkos", "Schools were closed in Maiduguri after a suicide bomber killed five"), tells the act as the
news, at the act clause's own place when it names one.  Before, the "after" clause was set aside as
a reference to an earlier incident and the report had no event.  A main clause with an act of its
own still sets the earlier act aside.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("Troops were deployed to Gwoza on Monday after gunmen attacked a market there, killing seven traders,"
     " police said.", "Gwoza", 7),
    ("Authorities imposed a curfew in Jos on Sunday after armed men killed 12 villagers in nearby Bokkos, police"
     " said.", "Bokkos", 12),
    ("Schools were closed in Maiduguri on Tuesday after a suicide bomber killed five people at a mosque,"
     " officials said.", "Maiduguri", 5),
])
def test_the_act_after_a_consequence_is_the_news(extract: Callable[..., ExtractionResult], text: str, place: str,
                                                 killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == [(place, killed)], text


@pytest.mark.parametrize(("text", "day"), [
    ("Schools closed in Baidoa on Wednesday after a bomb killed four people at a market in the Somali city on"
     " Tuesday, officials said.", date(2026, 3, 3)),
    ("A curfew was imposed in Bokkos on Sunday after gunmen killed nine villagers in the town on Saturday night,"
     " police said.", date(2026, 2, 28)),
])
def test_the_acts_own_day_beats_the_consequences(extract: Callable[..., ExtractionResult], text: str,
                                                 day: date) -> None:
    assert [e.date for e in extract(text, PUBLISHED).events] == [day], text


def test_a_main_act_sets_the_earlier_one_aside(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Youths torched a police station in Kano on Monday after a man died in custody there last week,"
            " police said.")
    events = extract(text, PUBLISHED).events
    assert [(e.event_type, e.fatalities) for e in events] == [("Riots", None)]
