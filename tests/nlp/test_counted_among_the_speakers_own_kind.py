"""Kind (issue 10, kind 4 and 7): a toll a side gives of its own people, counted with a first-person
possessive ("Eleven of our soldiers were killed," a commander told Reuters; "six of our men were
wounded"), was no figure at all: "of the/his/their <noun>" counted the part, "of our/my <noun>"
did not, so the incident kept no toll and no source. Sentences written for this test; before the
change 0 of the 5 mentions and 0 of the 3 reports below were counted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.nlp.casualties import find_casualties
from eventwire.records import ExtractionResult


@pytest.mark.parametrize(("text", "kind", "value"), [
    ('"Eleven of our soldiers were killed," a commander told Reuters.', "killed", 11),
    ("Eleven of our men were killed.", "killed", 11),
    ('"Three of my cousins were shot dead in front of the house," he told AFP.', "killed", 3),
    ("Seven of our fighters were wounded in the clashes, the group said.", "injured", 7),
    ("Two of our colleagues were abducted.", "abducted", 2),
])
def test_a_part_of_our_people_is_counted(text: str, kind: str, value: int) -> None:
    assert [(c.kind, c.value) for c in find_casualties(text)] == [(kind, value)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "killed", "injured", "source"), [
    ('Militants attacked an army post near Diffa on Monday. "Eleven of our soldiers were killed," a '
     "commander told Reuters.", date(2025, 6, 11), 11, None, "commander"),
    ('Rebels ambushed a police convoy outside Beni late on Sunday. "We lost four of our officers and six '
     'of our men were wounded," a police spokesman said.', date(2025, 9, 2), 4, 6, "police spokesman"),
    ("Houthi fighters shelled government positions south of Marib on Saturday. Seven of our fighters "
     "were wounded in the shelling, an army official said.", date(2025, 4, 14), None, 7, "army official"),
])
def test_the_sides_own_toll_is_the_incidents(extract: Callable[..., ExtractionResult], text: str,
                                            published: date, killed: int | None, injured: int | None,
                                            source: str) -> None:
    assert [(e.fatalities, e.injured, e.source) for e in extract(text, published).events] == [
        (killed, injured, source)]
