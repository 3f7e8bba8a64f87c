"""Two kinds written for issue 10 with invented sentences.

Burning homes, villages or shops is an act when someone does it (CAMEO 17 "set fire"; a vague
trigger decided by who acts: an armed group, rioters); a fire that burns is no actor.  And a death
told in an "after" clause ("youths torched a station after a man died in custody") is the cause of
the act, the toll of another incident, not the act's toll."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report
from eventwire.records import Event


def events(text: str) -> list[Event]:
    return extract_report(Report("r", text, date(2024, 5, 10))).events


@pytest.mark.parametrize(
    ("text", "killed"),
    [("Militiamen burned homes in Nyala on Friday, killing nine people, residents said.", 9),
     ("Gunmen burned down a church in Plateau state on Sunday, killing four worshippers, police said.", 4),
     ("Armed herders burnt dozens of houses in a village near Makurdi on Monday, killing six people, a local "
      "official said.", 6),
     ("Insurgents burned a market in Gao region on Tuesday, killing two traders, the governor said.", 2)],
)
def test_arson_by_an_armed_actor_with_a_toll_is_an_attack(text: str, killed: int) -> None:
    (event,) = events(text)
    assert (event.event_type, event.fatalities) == ("Violence against civilians", killed)


@pytest.mark.parametrize(
    "text",
    ["A bushfire burned 40 homes near Perth on Monday, firefighters said.",
     "A fire burned down a market in Kano on Tuesday, destroying 200 shops, the fire service said.",
     "Flames burned several houses in a village near Kumasi after a gas cylinder exploded on Sunday."],
)
def test_a_fire_that_burns_is_no_incident(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [("Angry youths torched a police station in Kaduna on Wednesday after a man died in custody, police said.",
      "Riots"),
     ("Protesters stormed a district office in Tando Adam on Monday after two students were killed by a speeding "
      "bus, police said.", "Riots"),
     ("Rioters set fire to shops in Kisumu on Friday after a motorcycle taxi rider was shot dead by police, "
      "witnesses said.", "Riots")],
)
def test_a_death_in_an_after_clause_is_not_the_toll_of_the_main_act(text: str, event_type: str) -> None:
    (event,) = events(text)
    assert (event.event_type, event.fatalities) == (event_type, None)


@pytest.mark.parametrize(
    "text",
    ["Three villagers died after being shot by militiamen in Bunia on Thursday, a nurse said.",
     "Two soldiers died on Friday after their vehicle hit a landmine near Tessalit, the army said.",
     pytest.param("Three villagers died in Bunia on Thursday after being shot by militiamen, a nurse said.",
                  marks=pytest.mark.xfail(reason="with the place and day before 'after', the act in the after "
                                                 "clause is set aside and no event is left", strict=True))],
)
def test_an_after_clause_that_only_tells_how_keeps_its_toll(text: str) -> None:
    # No act in the main clause: "died after being shot" tells how the victims died.
    (event,) = events(text)
    assert event.fatalities in (2, 3)
