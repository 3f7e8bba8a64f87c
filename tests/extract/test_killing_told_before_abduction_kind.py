"""Kind (issue 10 kind 9, sub-event type): an attack that kills people and abducts others is typed by
what the report tells first. Killing told before any abduction ("stormed X, killing eight
villagers and abducting 25 others") makes the abduction part of an attack (Violence against
civilians / Attack); an abduction told first, with a killing after it ("abducted 27 worshippers
... shot dead one man who tried to flee"), stays an abduction. Before, any abduction word won.
Sentences written for this test (a user-role helper found the kind)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Bandits stormed Kurmin Masara village in Kaduna state on Saturday, killing eight villagers and abducting 25 "
     "others, police said.", "Attack"),
    ("Gunmen killed five farmers and kidnapped 12 in an attack on a village near Gusau on Friday, residents said.",
     "Attack"),
    ("Militiamen raided a camp for displaced people near Bunia on Tuesday night, hacking nine people to death and "
     "carrying off four women, a local official said.", "Attack"),
    ("Gunmen abducted 30 passengers from a bus near Katsina on Monday and shot dead the driver, who tried to "
     "resist, police said.", "Abduction/forced disappearance"),
    ("Armed men kidnapped 14 students from a school in Kebbi state on Thursday; a guard was killed as he tried to "
     "stop them, the governor said.", "Abduction/forced disappearance"),
])
def test_the_act_told_first_types_a_killing_with_an_abduction(text: str, sub_event_type: str) -> None:
    events = extract_report(Report("abduct", text, published=dt.date(2024, 10, 7))).events
    assert len(events) == 1
    assert (events[0].event_type, events[0].sub_event_type) == ("Violence against civilians", sub_event_type)
