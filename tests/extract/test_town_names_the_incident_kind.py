"""Kind (issue 10, kinds 1 and 2; issue 11, follow-ups named by the incident's common name): a town
named in the noun phrase of the incident ("the Quetta market blast", "the Kabul airport attack",
a heading "Mosul car bombing: ...") lost the place, and with it the event: the small model often
labels "Quetta market" an organisation or "Jalalabad" a person, and parses the heading's phrase as
the subject of the speech verb after it ("Jos church attack: X says ..."), which made the town a
party that speaks.  A known town of 20,000 or more that qualifies an act noun (a trigger of the
lexicon that is no casualty word), with at most one lower-case noun between, is the incident's
place and no actor, and a subject headed by the act's own noun names no speaker.  Sentences written for this
test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2024, 5, 15)


@pytest.mark.parametrize(("text", "place", "fatalities"), [
    ("The Quetta market blast killed 14 people on Tuesday, police said.", "Quetta", 14),
    ("The Kabul airport attack killed 13 soldiers and 170 civilians on Thursday, officials said.", "Kabul", 183),
    ("Police said the Maiduguri mosque bombing on Friday killed 22 worshippers.", "Maiduguri", 22),
    ("The Lahore park bombing on Sunday killed 72 people, officials said.", "Lahore", 72),
    ("The Jalalabad blast killed five people on Monday, a spokesman said.", "Jalalabad", 5),
])
def test_town_before_the_incident_noun_is_its_place(extract: Extract, text: str, place: str,
                                                    fatalities: int) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert ([loc.name for loc in event.locations], event.fatalities) == ([place], fatalities), text
    assert event.actor1 is None, text


@pytest.mark.parametrize(("text", "place"), [
    ("KHARTOUM - The toll of the El Fasher hospital shelling rose to 30 on Tuesday, a medical charity said.",
     "El Fasher"),
    ("BEIRUT - The number of dead from the Baalbek village air strike rose to seven on Tuesday, the health "
     "ministry said.", "Baalbek"),
    ("NIAMEY - The army raised the toll from the Tillaberi ambush to 17 soldiers on Tuesday.", "Tillaberi"),
])
def test_town_before_any_act_noun_is_the_place_and_no_actor(extract: Extract, text: str, place: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert [loc.name for loc in event.locations] == [place], text
    assert event.actor1 != place, text


@pytest.mark.parametrize(("text", "place", "source"), [
    ("Mosul car bombing: A hospital director tells reporters 23 people died and 40 were wounded.", "Mosul",
     "hospital director"),
    ("Jos church attack: Plateau state police spokesman Alabo Alfred says 12 worshippers were killed.", "Jos",
     "Alabo Alfred"),
])
def test_heading_phrase_parsed_as_the_speaker_keeps_its_place(extract: Extract, text: str, place: str,
                                                             source: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert ([loc.name for loc in event.locations], event.source) == ([place], source), text


@pytest.mark.parametrize(("text", "place"), [
    ("Kaduna police said on Monday that gunmen killed 14 villagers in Zurmi.", "Zurmi"),
    ("Islamabad condemned the attack, which killed three soldiers in Quetta on Monday.", "Quetta"),
])
def test_town_that_speaks_or_acts_is_still_no_place(extract: Extract, text: str, place: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert [loc.name for loc in event.locations] == [place], text
