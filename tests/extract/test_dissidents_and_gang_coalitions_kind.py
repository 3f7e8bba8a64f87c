"""Kind (issue 10, kind 1, detection): armed groups named as dissident factions or as a gang and
its members ("FARC dissidents killed two soldiers", "members of the Viv Ansanm gang coalition gunned
down nine people", "the gang shot dead four passengers") are organised armed actors in ACLED's terms
(rebel groups and political militias; Haiti's gangs are coded as armed groups), so their killings
are incidents with no other act word. Before, "dissidents" and a singular "gang" were no armed
words, and such a killing gave no event. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "killed", "event_type"), [
    ("FARC dissidents killed two soldiers in Tumaco on Saturday, the army said.", 2, "Battles"),
    ("Dissidents of the former FARC killed a community leader near Suárez on Sunday, the ombudsman said.", 1,
     "Violence against civilians"),
    ("Members of the Viv Ansanm gang coalition gunned down at least nine people in Mirebalais on Friday, a human"
     " rights group said.", 9, "Violence against civilians"),
    ("The gang killed four passengers on a bus near Cabaret on Monday, police said.", 4,
     "Violence against civilians"),
])
def test_dissidents_and_gangs_are_armed_doers(extract: Callable[..., ExtractionResult], text: str, killed: int,
                                              event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.fatalities, e.event_type) for e in events] == [(killed, event_type)], text
