"""Kind (issue 10, kind 1: clear incidents give no event): an organised armed group that the report
names without ever telling it is armed ("The ADF killed 11 villagers ...", "JNIM killed ..."), as
wire copy takes well-known groups as known, gave no event when the act was a killing of civilians
with no act word: the doer was no armed actor.  Now a name of the UCDP Actor Dataset's organised
armed groups (data/lexicons/ucdp_actors.json) is an armed doer.  A listed name that does no
violent act, and a killer the list does not hold, stay no event.  Sentences written for this
test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 9, 10)  # a Wednesday


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("The ADF killed 11 villagers in Oicha overnight on Monday, the territory administrator said.", "Oicha", 11),
    ("JNIM killed nine herders near Gossi in northern Mali on Tuesday, according to local officials.", "Gossi", 9),
    ("On Monday the TTP killed two teachers in Tank, district police said.", "Tank", 2),
    ("Residents said Al-Shabaab killed four truck drivers outside Beledweyne on Tuesday.", "Beledweyne", 4),
    ("The LRA killed six people in Obo on Monday, a local priest said.", "Obo", 6),
])
def test_a_listed_armed_group_kills_civilians(extract: Callable[..., ExtractionResult], text: str, place: str,
                                              killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == [(place, killed)], text
    assert events[0].event_type == "Violence against civilians", text


@pytest.mark.parametrize("text", [
    "The ADF said on Monday it was ready to talk, a statement posted online said.",
    "Hezbollah officials met the Lebanese prime minister in Beirut on Tuesday to discuss reconstruction.",
    "The Outlaws killed two rivals in a bar brawl in Leeds on Tuesday, police said.",
    "A farmer killed three neighbours in a land dispute in Oicha on Monday, police said.",
])
def test_no_listed_group_doing_violence_is_no_event(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text
