"""Kind (issue 10 kind 6, splitting): a lead that tells the act only by a generic word ("killed 20
civilians in an attack in X province, the army said on Thursday") and dates only the statement,
then a sentence that tells the act with its own earlier day at a place inside the lead's region
("The rebels attacked Y village in Z territory on Tuesday evening"), is one incident, dated the
act's day and placed at the village: the lead's generic act is of any kind. An act of its own kind
with a figure of its own at another place stays another incident. Sentences written for this
test (a user-role helper found the kind)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "published", "day", "first"), [
    ("Rebels killed at least 20 civilians in an attack in eastern Congo's North Kivu province, the army said on "
     "Thursday. The rebels attacked Mayikengo village in Lubero territory on Tuesday evening.",
     dt.date(2024, 9, 19), dt.date(2024, 9, 17), "Mayikengo"),
    ("Jihadists killed dozens of villagers in an attack in Mali's Mopti region, local officials said on Sunday. "
     "The assailants stormed Djiguibombo village on Friday at dawn.",
     dt.date(2024, 7, 7), dt.date(2024, 7, 5), "Djiguibombo"),
    ("Bandits killed 11 farmers in a raid in Nigeria's Zamfara state, police said on Monday. The gunmen shot the "
     "farmers in Kaura Namoda on Saturday afternoon, a police spokesman said.",
     dt.date(2024, 8, 12), dt.date(2024, 8, 10), "Kaura Namoda"),
])
def test_the_act_told_with_its_day_after_a_generic_lead_is_one_incident(
        text: str, published: dt.date, day: dt.date, first: str) -> None:
    events = extract_report(Report("lead", text, published=published)).events
    assert len(events) == 1
    assert events[0].date == day
    assert events[0].locations[0].name == first


def test_another_kind_of_act_with_a_figure_of_its_own_stays_apart() -> None:
    text = ("Rebels killed at least 20 civilians in an attack in eastern Congo's North Kivu province, the army said "
            "on Thursday. On Tuesday, separately, troops shelled rebel positions near Rutshuru, killing five fighters.")
    events = extract_report(Report("apart", text, published=dt.date(2024, 9, 19))).events
    assert len(events) == 2
    assert sorted(event.fatalities or 0 for event in events) == [5, 20]


@pytest.mark.parametrize(("text", "published", "day", "first"), [
    ("Armed men killed 17 people in Sagaing region, a resistance spokesman said on Thursday. Soldiers raided Let "
     "Yet Kone village on Monday and burned 60 houses.", dt.date(2024, 3, 29), dt.date(2024, 3, 25), "Let Yet Kone"),
    ("Gunmen killed nine villagers in Benue State, police said on Friday. The attackers stormed Yelwata village on "
     "Wednesday night and set fire to dozens of homes.", dt.date(2024, 6, 14), dt.date(2024, 6, 12), "Yelwata"),
])
def test_homes_burned_in_the_raid_told_next_are_the_same_incident(text: str, published: dt.date, day: dt.date,
                                                                 first: str) -> None:
    events = extract_report(Report("burned", text, published=published)).events
    assert len(events) == 1
    assert (events[0].date, events[0].locations[0].name) == (day, first)
