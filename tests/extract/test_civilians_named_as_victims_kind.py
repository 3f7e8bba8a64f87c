"""Kind (issue 10, kind 1): an attack word with no doer ("Nine civilians were shot dead in X on
Monday") gave no event, because a shooting or stabbing needs a political actor, motive or target to
be more than ordinary crime (scope-and-types.md). Victims called "civilians" are that sign: the word
names people who are not combatants (WordNet civilian.n.01, "a nonmilitary citizen"), so it says
there are armed sides. People shot at a party or a bar stay ordinary crime. Sentences written for
this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 9, 3)


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("Nine civilians were shot dead in Bunia on Monday, a local official said.", "Bunia", 9),
    ("Four civilians were hacked to death near Beni on Sunday night, local officials said.", "Beni", 4),
    ("Two civilians were stabbed to death in a village outside Mopti on Tuesday, the mayor's office said.",
     "Mopti", 2),
    ("A civilian was shot and killed at a roadblock near Kidal on Monday, residents told reporters.", "Kidal", 1),
])
def test_civilians_shot_or_stabbed_are_an_attack(
        extract: Callable[..., ExtractionResult], text: str, place: str, killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.event_type, e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        (place, "Violence against civilians", "Attack", None, killed)]


@pytest.mark.parametrize("text", [
    "A man was shot dead outside a bar in Durban on Saturday, police said. Detectives are investigating a robbery.",
    "Three people were shot dead at a house party in Cape Town on Sunday, police said.",
])
def test_shootings_with_no_sign_of_armed_sides_stay_crime(
        extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == []
