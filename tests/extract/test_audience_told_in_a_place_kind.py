"""Kind (issue 10, kind 2, places that are not where the incident happened): whoever a statement
is told to, named by any noun ("told a crowd in X that ...", "told supporters in X", "briefed
diplomats in X, saying ..."), is an audience, and the place after it is where the statement was
made, not where the act it reports happened.  Before, only a closed list of audience nouns
(reporters, a news conference, a rally) made the place the speaker's seat, and the speech's town
became the event's first place.  The town a statement was made in still places an act the
statement puts only "in the city", and so does a place put before a statement that names no other
("In Kabul, the ministry said 30 people had died in the blast").  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 3, 11)


@pytest.mark.parametrize(("text", "place", "speech_place"), [
    ("The governor told a crowd in Maiduguri on Sunday that insurgents had killed 11 fishermen near Monguno on "
     "Friday.", "Monguno", "Maiduguri"),
    ("A police chief told tribal elders in Bannu that militants killed two policemen in Lakki Marwat on Monday.",
     "Lakki Marwat", "Bannu"),
    ("The minister briefed diplomats in Kabul on Tuesday, saying a suicide bomber had killed six worshippers in "
     "Kunduz.", "Kunduz", "Kabul"),
    ("Ahmed Idris told families in Kaduna on Sunday that bandits had killed nine worshippers at a mosque in Zaria.",
     "Zaria", "Kaduna"),
    ("The governor assured traders in Kano that troops had killed the gunmen who murdered six people in Dutsin-Ma "
     "on Friday.", "Dutsin-Ma", "Kano"),
    # The audience described by a phrase ("relatives of the victims", "residents gathered in X"), and a
    # place put before the statement whose reported clause places its act itself (user-role check).
    ("The police chief told relatives of the victims in Jos that gunmen had killed 17 villagers in Bokkos on "
     "Thursday.", "Bokkos", "Jos"),
    ("The commander told residents gathered in Bunia that militiamen killed 8 displaced people in Djugu on Sunday.",
     "Djugu", "Bunia"),
    ("In Jos, the police chief told relatives of the victims that gunmen had killed 17 villagers in Bokkos on "
     "Thursday.", "Bokkos", "Jos"),
])
def test_the_place_of_an_audience_is_no_place_of_the_act(
        extract: Callable[..., ExtractionResult], text: str, place: str, speech_place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    names = [location.name for location in events[0].locations]
    assert names[0] == place
    assert speech_place not in names


@pytest.mark.parametrize("text", [
    "The mayor told mourners in Kharkiv on Saturday that a missile strike had killed nine people in the city.",
    "The mayor told reporters in Kharkiv on Saturday that a missile strike had killed nine people in the city.",
    "Speaking in Kharkiv on Saturday, the mayor said a missile strike had killed nine people in the city.",
])
def test_the_city_of_the_statement_places_an_act_in_the_city(
        extract: Callable[..., ExtractionResult], text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == [("Kharkiv", 9)], text


def test_a_place_before_a_statement_that_names_no_other_places_the_act(
        extract: Callable[..., ExtractionResult]) -> None:
    events = extract("In Kabul, the ministry said 30 people had died in the blast on Sunday.", PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == [("Kabul", 30)]
