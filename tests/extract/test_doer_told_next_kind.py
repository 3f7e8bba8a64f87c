"""Kind (issue 10, kind 1): a killing told first as a bare toll ("Five farmers were killed near Mubi
on Sunday, police said.") whose doer the next sentence gives ("Police said Boko Haram fighters
carried out the killings.", "Residents blamed armed bandits for the killings.", "X were behind the
killings") is that armed actor's act.  Before, the toll had no act word and the doer's sentence no
figure: the incident was lost.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "place", "killed", "sub_event_type"), [
    ("Five farmers were killed near Mubi on Sunday, police said. Police said Boko Haram fighters carried out"
     " the killings.", "Mubi", 5, "Attack"),
    ("Eight traders were killed in Bunia on Monday, the mayor said. He said CODECO militiamen were behind the"
     " killings.", "Bunia", 8, "Attack"),
    ("Six herders were killed in Bokkos on Friday, residents said. Residents blamed armed bandits for the"
     " killings.", "Bokkos", 6, "Attack"),
    ("Four soldiers were killed near Diffa on Tuesday, the defence ministry said. It said Boko Haram militants"
     " were behind the killings.", "Diffa", 4, "Armed clash"),
    ("Seventeen civilians were found dead in Solenzo on Sunday, according to a local councillor. The councillor"
     " accused the VDP militia of the massacre.", "Solenzo", 17, "Attack"),
])
def test_a_doer_told_next_makes_the_killing_an_act(extract: Callable[..., ExtractionResult], text: str,
                                                   place: str, killed: int, sub_event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities, e.sub_event_type) for e in events] == [
        (place, killed, sub_event_type)], text


def test_the_named_doer_is_the_actor(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Eight traders were killed in Bunia on Monday, the mayor said. He said CODECO militiamen were behind"
            " the killings.")
    assert [e.actor1 for e in extract(text, PUBLISHED).events] == ["CODECO militiamen"]


@pytest.mark.parametrize("text", [
    # An accident's cause blamed on a person who is no armed actor.
    "Nine passengers died when a bus overturned near Kaduna on Sunday, police said. Police blamed the driver"
    " for the deaths.",
    # No doer given: the investigation names nobody, nor does a denied blame.
    "Three men were found dead in a house in Kano on Saturday after a quarrel over land, police said. Police said"
    " they were investigating the killings.",
    "Three people were killed in Zinder on Friday, police said. Police have not blamed any armed group for the"
    " killings.",
])
def test_no_armed_doer_given_stays_no_incident(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text
