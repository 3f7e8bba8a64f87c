"""Kind (issue 10, kinds 1 and 9): combat aircraft, attack helicopters and armed drones named by
their designations ("Iraqi F-16s struck ...", "Su-34 bombers", "a Mi-24 gunship", "Bayraktar TB2
drones") are aircraft as "warplanes" is: an air strike. Before, "Iraqi F-16s struck an Islamic
State hideout ..." gave no event and "Turkish F-16s bombed ..." an IED. Designations whose letter
is an English word ("a 10-year-old") are left out. The people's word before the designation names
who flew it ("Turkish F-16s bombed ...": Turkish, not "Turkish F-16s"). Sentences written for this test
(data/lexicons/triggers.json "air")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.nlp.triggers import find_triggers
from eventwire.records import ExtractionResult

PUBLISHED = date(2024, 7, 20)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "killed"), [
    ("Iraqi F-16s struck an Islamic State hideout in Diyala province on Thursday, killing five militants.", 5),
    ("Turkish F-16s bombed PKK positions in Duhok province on Friday, killing seven fighters, the ministry said.", 7),
    ("Russian Su-34 bombers dropped glide bombs on Kostiantynivka on Monday, killing three civilians, officials "
     "said.", 3),
    ("A Mi-24 gunship fired on a village near Kidal on Sunday, killing four people, residents said.", 4),
    ("Bayraktar TB2 drones hit a convoy near Tigray's border on Friday, killing 12 fighters, a commander said.", 12),
])
def test_a_designated_aircraft_strikes_from_the_air(extract: Callable[..., ExtractionResult], text: str,
                                                    killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", killed)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "actor"), [
    ("Turkish F-16s bombed PKK positions in Duhok province on Friday, killing seven fighters.", "Turkish"),
    ("Israeli F-35s struck a weapons depot near Hodeidah on Saturday, killing two guards.", "Israeli"),
])
def test_the_peoples_word_before_the_designation_flew_it(extract: Callable[..., ExtractionResult], text: str,
                                                         actor: str) -> None:
    assert [e.actor1 for e in extract(text, PUBLISHED).events] == [actor]


@pytest.mark.parametrize("text", [
    "A 10-year-old boy was among the dead.",
    "The bus carried 35 passengers, F 1 team members said.",
])
def test_numbers_after_a_letter_name_no_aircraft(text: str) -> None:
    assert [t.category for t in find_triggers(text) if t.category == "air"] == []
