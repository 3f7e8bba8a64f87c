"""Kind (issue 10 kind 6, splitting): a lead's toll that the clauses after it give again town by
town ("Nine soldiers died in two ambushes on Sunday. Four were killed near X, while five others
died near Y") is a summary; each part, at a town of its own, is an incident of its own with its
own figure, even when a part tells only a figure and no act. A part that names no victim keeps
the kind of act the summary had with its victims (dead soldiers in an ambush: an armed clash).
Sentences written for this test (a user-role helper found the kind)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "parts"), [
    ("Nine soldiers died in two ambushes in Burkina Faso on Sunday, security sources said. Four were killed near "
     "Djibo, while five others died near Arbinda.", {"Djibo": 4, "Arbinda": 5}),
    ("Two clashes in Somalia's Lower Shabelle region killed 11 people on Monday. In Afgooye, five soldiers and a "
     "civilian were killed, while five militants died in Marka, officials said.", {"Afgooye": 6, "Marka": 5}),
    ("Twelve people were killed in attacks on two villages in Niger's Tillaberi region on Friday. Seven died in "
     "Tera, while five were killed near Gotheye.", {"Tera": 7, "Gotheye": 5}),
])
def test_each_part_of_a_summed_toll_is_an_incident(text: str, parts: dict[str, int]) -> None:
    events = extract_report(Report("parts", text, published=dt.date(2024, 7, 9))).events
    assert {event.locations[0].name: event.fatalities for event in events} == parts
    assert all(event.date is not None for event in events)


def test_a_part_with_no_victim_named_keeps_the_summarys_kind_of_act() -> None:
    text = ("Nine soldiers died in two ambushes in Burkina Faso on Sunday, security sources said. Four were killed "
            "near Djibo, while five others died near Arbinda.")
    events = extract_report(Report("kind", text, published=dt.date(2024, 7, 9))).events
    assert [(event.event_type, event.sub_event_type) for event in events] == [("Battles", "Armed clash")] * 2


@pytest.mark.parametrize(("text", "source"), [
    ("Nine soldiers died in two ambushes in Burkina Faso on Sunday, security sources said. Four were killed near "
     "Djibo, while five others died near Arbinda.", "security sources"),
    ("Eight people were killed in two attacks in Nigeria's Borno state on Sunday, officials said. In Konduga, "
     "gunmen killed five farmers. In Bama, a roadside bomb killed three traders.", "officials"),
    ("Eleven soldiers were killed in two ambushes in Borno State on Thursday, military sources said. Seven died "
     "near Damboa, while four were killed outside Bama.", "military sources"),
])
def test_the_summarys_speaker_gives_each_parts_figure(text: str, source: str) -> None:
    events = extract_report(Report("source", text, published=dt.date(2024, 7, 9))).events
    assert len(events) == 2
    assert [event.source for event in events] == [source, source]


def test_a_part_with_its_own_act_and_no_victim_named_is_of_the_summarys_victims() -> None:
    text = ("Eight police officers were killed in two separate attacks in Khyber Pakhtunkhwa on Friday, officials "
            "said. Five were killed in Lakki Marwat and three died in an ambush near Tank.")
    events = extract_report(Report("elided", text, published=dt.date(2024, 5, 6))).events
    assert [(event.locations[0].name, event.fatalities, event.sub_event_type) for event in events] == [
        ("Lakki Marwat", 5, "Armed clash"), ("Tank", 3, "Armed clash")]
