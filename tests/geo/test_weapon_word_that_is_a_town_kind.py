"""Kind (issue 10, kind 2, places): an English word that is also a town's name, opening a sentence
as the weapon of the act ("Tank shelling killed two people in X": Tank, Pakistan), is no place
when the model tags it a common noun; before, a town that names an incident ("the Quetta market
blast") let it in.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 9, 2)


@pytest.mark.parametrize(("text", "abroad"), [
    ("Israeli airstrikes killed nine people in Rafah on Sunday, health officials said. Tank shelling killed two "
     "people in Khan Younis.", "Tank"),
    ("Troops clashed with rebels near Goma on Sunday, the army said. Tank shelling wounded five people in "
     "Sake.", "Tank"),
])
def test_the_weapon_word_is_no_town(extract: Callable[..., ExtractionResult], text: str, abroad: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events, text
    assert abroad not in [location.name for event in events for location in event.locations]


def test_the_town_named_in_its_incident_stays(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("The Quetta market blast killed 14 people on Sunday, police said.", PUBLISHED).events
    assert [location.name for location in events[0].locations] == ["Quetta"]
