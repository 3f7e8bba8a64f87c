"""Kind (issue 10, kind 7): "after a shootout with wardens that left two wardens dead", "after a
firefight that left four soldiers dead": a fight named with an indefinite article and no day of
its own, right after the act, is how the act went, so its toll is the act's; an "after" phrase
that names another act ("after a suicide bombing that killed four") or a fight of another day
keeps its own reading.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 4, 7)  # a Monday


@pytest.mark.parametrize(("text", "killed", "source"), [
    ("Gunmen broke into the jail in Jacmel on Saturday and freed 90 prisoners after a shootout with wardens that "
     "left two wardens dead, police said.", 2, "police"),
    ("Rebels overran an army post near Beni on Saturday after a firefight that left four soldiers dead, the army "
     "said.", 4, "army"),
    ("Troops regained control of Bama on Sunday after a gun battle with militants that killed 11 fighters, the "
     "army said.", 11, "army"),
])
def test_a_fight_in_the_course_of_the_act_gives_its_toll(extract: Extract, text: str, killed: int,
                                                          source: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert (event.fatalities, event.source) == (killed, source)


def test_another_act_after_which_something_happened_keeps_its_toll(extract: Extract) -> None:
    text = ("Police sealed off the market in Maiduguri on Sunday after a suicide bombing that killed four people, "
            "officials said.")
    (event,) = extract(text, PUBLISHED).events
    assert (event.sub_event_type, event.fatalities) == ("Suicide bomb", 4)
