"""Kind (issue 10, kind 9, sub-event type): victims named with a word of the armed side that names
none are civilians, so the act on them is an attack (ACLED Violence against civilians), not a
clash: members who no longer serve ("two former soldiers", "retired policemen") and a convoy of
civilians ("a convoy of passenger vehicles", "a convoy carrying pilgrims"); an ambush of no armed
side is an attack too.  Peacekeepers are an armed side.  Sentences written for this test (found
by a user-role check)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 6, 3)


@pytest.mark.parametrize(("text", "event_type"), [
    ("The Taliban shot dead two former soldiers in Kandahar city on Saturday, the United Nations mission said.",
     "Violence against civilians"),
    ("Gunmen killed three retired policemen in Peshawar on Sunday, officials said.", "Violence against civilians"),
    ("Gunmen opened fire on a convoy of passenger vehicles near Parachinar on Thursday, killing 42 passengers, "
     "officials said.", "Violence against civilians"),
    ("Militants ambushed a convoy carrying pilgrims near Kurram on Monday, killing 11 people, police said.",
     "Violence against civilians"),
    # An armed side stays one.
    ("Militants ambushed an army convoy near Kurram on Monday, killing 11 soldiers, police said.", "Battles"),
    ("Jihadists ambushed a patrol near Menaka on Sunday, the army said.", "Battles"),
    ("Six peacekeepers were injured in an attack on their vehicle near Naqoura on Sunday, the UN said.", "Battles"),
    # An ambush that kills soldiers or policemen (a second user-role check).
    ("Militants killed four soldiers in an ambush near Turbat on Monday.", "Battles"),
    ("Militants ambushed a police van near Tank on Sunday, killing three policemen, officials said.", "Battles"),
])
def test_the_victims_decide_the_type(extract: Callable[..., ExtractionResult], text: str, event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.event_type for e in events] == [event_type], text
