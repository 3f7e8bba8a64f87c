"""Kind (issue 10 kind 9, sub-event type): armed doers who kill members of the state's forces named by
the forces' own staff words ("10 security personnel", "six security men") fight an armed side
(Battles / Armed clash), as with "soldiers" or "policemen"; farmers stay civilians. Sentences
written for this test (a user-role helper found the kind)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "typed"), [
    ("Militants killed 10 security personnel near Wana on Monday, officials said.", ("Battles", "Armed clash")),
    ("Gunmen killed six security men near Zhob on Monday, officials said.", ("Battles", "Armed clash")),
    ("Insurgents killed four members of the security forces near Kunduz on Monday, officials said.",
     ("Battles", "Armed clash")),
    ("Armed separatists killed two security force members in Bamenda on Monday, officials said.",
     ("Battles", "Armed clash")),
    ("Separatists killed two security agents in Kumba on Monday, officials said.", ("Battles", "Armed clash")),
    ("Militants killed five farmers near Kidal on Monday, officials said.", ("Violence against civilians", "Attack")),
])
def test_the_forces_staff_words_name_an_armed_side(text: str, typed: tuple[str, str]) -> None:
    events = extract_report(Report("staff", text, published=dt.date(2024, 6, 12))).events
    assert len(events) == 1
    assert (events[0].event_type, events[0].sub_event_type) == typed
