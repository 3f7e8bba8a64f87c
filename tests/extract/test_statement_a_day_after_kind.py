"""Kind (issue 10, kind 1): "X said on Monday, a day after rebels overran the base": the act told
in the clause after a statement's "a day after" or "hours after" is the news, not an earlier
incident beside another one.  Before, every "after"-clause was set aside as a reference, and with
it the act's place: the incident lost its place (or took the dateline's city).  Sentences written
for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 5, 12)


@pytest.mark.parametrize(("text", "name"), [
    ('"They are shelling us," a volunteer said in a voice message on Monday, a day after artillery rounds tore'
     " through a camp on the northern edge of El Fasher.", "El Fasher"),
    ("The governor told reporters on Monday, hours after a drone hit a bus station in Kramatorsk, that two people"
     " had died.", "Kramatorsk"),
])
def test_the_act_a_day_before_a_statement_is_the_news(extract: Callable[..., ExtractionResult], text: str,
                                                     name: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].locations[0].name == name


def test_an_act_weeks_before_a_statement_stays_a_reference(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Gunmen killed four farmers in Zurmi on Sunday, police said, three weeks after bandits raided a market"
            " in Gusau.")
    events = extract(text, PUBLISHED).events
    assert len(events) == 1
    assert events[0].locations[0].name == "Zurmi"


@pytest.mark.parametrize(("text", "day"), [
    ('"They are shelling us," a volunteer said in a voice message on Monday, a day after artillery rounds tore'
     " through a camp on the northern edge of El Fasher.", date(2025, 5, 11)),
    ("A volunteer in Uvira told reporters on Monday, two days after militiamen attacked a market in Kalehe, that"
     " the shops there were still shut.", date(2025, 5, 10)),
    ("The governor told reporters on Monday, hours after a drone hit a bus station in Kramatorsk, that two people"
     " had died.", date(2025, 5, 12)),
])
def test_the_act_is_dated_back_from_the_statement(extract: Callable[..., ExtractionResult], text: str,
                                                 day: date) -> None:
    events = extract(text, PUBLISHED).events
    assert [event.date for event in events] == [day], text
