"""Kind (issue 10, kinds 3 and 6): a report that leads with a toll update ("officials on Tuesday
raised the toll from the X mosque bombing to 14") and then tells the act with its own day and no
place of its own ("a suicide bomber blew himself up during prayers on Friday") gave two events:
the update's day was read as the act's when it stood between the speaker and the verb ("police on
Monday put the number of dead at 23"), and the act told after it, with another day and another
act word, became an incident of its own at the dateline's city.  A day written right before a
verb of saying, of a toll's change or of revising a figure dates the statement; an act with no
place of its own told after an update's lead is the update's incident, on its own day; the day of a
later death that brings the toll up ("died on Wednesday, raising the toll to four") dates the
update.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]


@pytest.mark.parametrize(("text", "published", "day", "place", "fatalities"), [
    ("KABUL - Afghan officials on Tuesday raised the toll from the Pul-e-Khumri mosque bombing to 14. A suicide "
     "bomber blew himself up among worshippers during prayers on Friday, police said.",
     date(2025, 4, 15), date(2025, 4, 11), "Pul-e-Khumri", 14),
    ("Nigerian police on Monday put the number of dead in the Gwoza market attack at 23. Gunmen on motorcycles "
     "opened fire on traders on Saturday afternoon, a police spokesman said.",
     date(2025, 4, 14), date(2025, 4, 12), "Gwoza", 23),
    ("The regional governor on Thursday lowered the toll from the shelling of Nikopol to three. Russian artillery "
     "hit a market in the town on Tuesday, he said.", date(2025, 4, 17), date(2025, 4, 15), "Nikopol", 3),
    ("BAMAKO - The army on Thursday said the toll from the ambush near Menaka had risen to nine soldiers. "
     "Militants attacked the convoy on Tuesday morning, the army said.",
     date(2025, 4, 17), date(2025, 4, 15), "Menaka", 9),
])
def test_update_lead_and_the_act_told_after_are_one_incident(extract: Extract, text: str, published: date,
                                                             day: date, place: str, fatalities: int) -> None:
    (event,) = extract(text, published).events
    assert (event.date, [loc.name for loc in event.locations], event.fatalities) == (day, [place], fatalities)


def test_an_act_at_a_place_of_its_own_after_an_update_stays_apart(extract: Extract) -> None:
    text = ("Officials on Thursday raised the toll from the bombing in Quetta to 12. In a separate attack, gunmen "
            "killed four policemen in Turbat on Wednesday, police said.")
    places = sorted(loc.name for event in extract(text, date(2025, 4, 17)).events for loc in event.locations)
    assert places == ["Quetta", "Turbat"]


@pytest.mark.parametrize(("text", "day", "place"), [
    ("SRINAGAR - A shopkeeper hit by gunfire in the attack on the market in Anantnag died in hospital overnight, "
     "bringing the number of dead to five. Militants threw a grenade and fired at shoppers on Saturday evening.",
     date(2025, 8, 23), "Anantnag"),
    ("BAMAKO - A second soldier wounded in the ambush near Kidal died on Wednesday, raising the toll to four, the "
     "army said. Gunmen attacked the patrol on Monday.", date(2025, 8, 25), "Kidal"),
    ("A policeman injured in the bombing in Peshawar succumbed to his wounds on Tuesday, taking the death toll to "
     "12. The bomber struck a checkpoint on Saturday.", date(2025, 8, 23), "Peshawar"),
])
def test_a_later_death_that_raises_the_toll_dates_the_update(extract: Extract, text: str, day: date,
                                                             place: str) -> None:
    (event,) = extract(text, date(2025, 8, 27)).events
    assert (event.date, [loc.name for loc in event.locations]) == (day, [place]), text


def test_a_death_with_no_update_is_the_act_s_day(extract: Extract) -> None:
    text = "Two soldiers died on Wednesday when their vehicle hit a roadside bomb near Kidal, the army said."
    (event,) = extract(text, date(2025, 8, 28)).events
    assert event.date == date(2025, 8, 27)
