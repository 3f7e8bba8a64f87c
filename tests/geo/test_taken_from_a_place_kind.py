"""Kind (issue 10, kind 2: places): people taken "from" a town ("gunmen abducted 14 villagers from
X") were taken there: the parse hangs "from" on the victims, and "from" on a noun for people was
read as where they came from ("the labourers, all from Punjab province"), so the town was lost and,
with the speaker's seat the only other place ("Police in Zamfara State said ..."), the event too.
A killing of people "from" a town elsewhere stays placed where it happened.  Sentences written for
this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 6, 2)


@pytest.mark.parametrize(("text", "place"), [
    ("Police in Sokoto State said gunmen abducted 16 villagers from Gwadabawa on Sunday.", "Gwadabawa"),
    ("The governor of Kaduna said bandits kidnapped 30 pupils from Kajuru on Sunday.", "Kajuru"),
    ("Officials in Niger State said gunmen abducted nine travellers from Rijau on Sunday.", "Rijau"),
    ("Local leaders in Niger State said bandits abducted 12 women from Tegina on Sunday.", "Tegina"),
])
def test_people_taken_from_a_town_were_taken_there(extract: Callable[..., ExtractionResult], text: str,
                                                   place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country) for e in events] == [(place, "NG")], text


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen killed six traders from Kano on the road near Zaria on Sunday, police said.", "Zaria"),
    ("Militants shot dead five labourers, all from Punjab province, in Kalat on Sunday, police said.", "Kalat"),
])
def test_people_from_a_town_killed_elsewhere(extract: Callable[..., ExtractionResult], text: str,
                                             place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.locations[0].name for e in events] == [place], text
