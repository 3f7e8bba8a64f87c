"""Kind (issue 10, kind 3, dates): a lead that tells what followed an incident on a day, "a day
after" or "two days after" the act ("Residents buried their dead on Tuesday, a day after gunmen
killed 12 villagers", "Markets reopened on Wednesday, a day after a suicide bomber killed seven
soldiers"), dates the act back from that day; before, only a statement's day ("X said on Monday,
a day after ...") was counted back, and the act took the day of the burial or the visit.  A
clause that tells an act of its own on that day keeps it.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Residents buried their dead on Tuesday, a day after gunmen killed 12 villagers in Kauru, a local leader "
     "said.", dt.date(2025, 3, 5), dt.date(2025, 3, 3)),
    ("The governor visited Baidoa on Friday, two days after a car bomb killed nine people in its main market, "
     "police said.", dt.date(2025, 3, 8), dt.date(2025, 3, 5)),
    ("Markets in Gao reopened on Wednesday, a day after a suicide bomber killed seven soldiers at a checkpoint, "
     "officials said.", dt.date(2025, 3, 6), dt.date(2025, 3, 4)),
    ("Mourners gathered in Jenin on Thursday, two days after an Israeli raid killed five people there, the "
     "health ministry said.", dt.date(2025, 3, 7), dt.date(2025, 3, 4)),
    # "hours after": the same day.
    ("Schools stayed shut in Bannu on Saturday, hours after militants attacked a police station in the city, "
     "killing two officers, police said.", dt.date(2025, 3, 9), dt.date(2025, 3, 8)),
    # A time of day inside the act's clause ("in an overnight raid", "late at night") names no day of its own.
    ("Residents of Bama began returning home on Thursday, two days after insurgents killed eight people in an "
     "overnight raid on the town, a local official said.", dt.date(2024, 9, 21), dt.date(2024, 9, 17)),
    ("Shops in Kherson reopened on Friday, a day after Russian shelling late at night killed three people, the "
     "governor said.", dt.date(2024, 9, 21), dt.date(2024, 9, 19)),
    # The act after ", a day after" however the parse hangs "after" (on "day", itself on the act's verb).
    ("Soldiers patrolled the streets of Culiacan on Wednesday, a day after a gun battle between rival cartel "
     "factions left seven people dead in the city, state prosecutors said.", dt.date(2024, 10, 4),
     dt.date(2024, 10, 1)),
    ("Police sealed off the market in Bunia on Sunday, a day after a raid by militiamen left nine people dead "
     "in the town, a local official said.", dt.date(2025, 3, 4), dt.date(2025, 3, 1)),
    # A statement's day, as before.
    ('"We have nothing left," a farmer in Kupiansk said on Monday, a day after Russian shells destroyed his '
     "house, killing his wife.", dt.date(2025, 3, 4), dt.date(2025, 3, 2)),
])
def test_the_act_is_dated_back_from_the_day(text: str, published: dt.date, day: dt.date) -> None:
    events = extract_report(Report("after", text, published=published)).events
    assert [event.date for event in events] == [day]


def test_a_toll_on_the_day_keeps_its_day() -> None:
    # The deaths are told on Monday itself: that day is the incident's as the report gives it.
    text = ("Four soldiers were killed on Monday, a day after insurgents ambushed a convoy near Menaka, the "
            "army said.")
    events = extract_report(Report("after", text, published=dt.date(2025, 3, 5))).events
    assert [event.date for event in events] == [dt.date(2025, 3, 3)]
