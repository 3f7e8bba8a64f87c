"""Kind (issue 10, kind 1): an act word told at a place in one sentence and its toll in the next
("Soldiers carried out a raid in Batibo on Sunday. Three civilians were killed, a rights group
said.") is one incident: the toll with no act, place or day of its own is the act's.  Before, a
raid by state forces with no toll in its own sentence was read as a search, and the toll after it
had no act: the incident was lost.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 7, 22)


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("Soldiers carried out a raid in Batibo on Sunday. Three civilians were killed, according to a rights group.",
     "Batibo", 3),
    ("Police conducted a raid in Kachia on Saturday night. Two men were killed and four others wounded, and"
     " several houses were set ablaze, residents said.", "Kachia", 2),
    ("An explosion hit a market in Tuz Khurmatu on Friday. Five people died, a local official said.",
     "Tuz Khurmatu", 5),
])
def test_a_toll_in_the_next_sentence_belongs_to_the_act(extract: Callable[..., ExtractionResult], text: str,
                                                        place: str, killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(event.locations[0].name, event.fatalities) for event in events] == [(place, killed)], text


@pytest.mark.parametrize("text", [
    # No one hurt: a raid by the police on a hall is a search.
    "Police raided a wedding hall in Kano on Sunday. Three guests said they had been questioned.",
    # A toll told at a place of its own is not the raid's.
    "Police raided a wedding hall in Kano on Sunday. In Zaria, three people died when a bus overturned.",
])
def test_a_raid_without_a_toll_of_its_own_stays_no_incident(extract: Callable[..., ExtractionResult],
                                                           text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text
