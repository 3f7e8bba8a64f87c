"""Kind (issue 10, kind 8, look-alikes): aircraft in training ("Israeli warplanes training in X",
"fighter jets are training in X this week") are no air strike; before, the aircraft word alone made
an air strike at the place of the exercise. Aircraft that the parse makes the subject of a verb or
headline participle of training are in an exercise (data/lexicons/triggers.json "exclude",
drill_lemmas, after WordNet train.v.01 and practice.v.01); so are acts that practice qualifies
("flew practice bombing runs") and training held as a noun ("held live-fire training"), but not a
site named for training ("bombed a training camp"). Aircraft that strike while the report
speaks of training elsewhere still strike. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2023, 5, 2)


@pytest.mark.parametrize("text", [
    "Report: Russian warplanes training over Belarus\n\nRussian warplanes were training over Belarus on Monday, "
    "the defence ministry in Minsk said.",
    "Pakistani fighter jets are training in Saudi Arabia this week, the air force said.",
    "Media: American drones training over Poland",
    "Two Indian helicopter gunships practised night landings in Assam on Friday, an army spokesman said.",
    # Practice qualifying the act the clause tells, and training held as a noun
    # (out-of-scope-frames.json exercise).
    "Greek jets flew practice bombing runs over a firing range near Chania on Tuesday.",
    "South Korean fighter jets held live-fire training near Cheorwon on Wednesday.",
])
def test_aircraft_in_training_make_no_incident(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == []


def test_a_site_of_training_struck_is_still_struck(extract: Callable[..., ExtractionResult]) -> None:
    text = "Warplanes bombed a militant training camp near Idlib on Monday, a monitor said."
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.sub_event_type) for e in events] == [("Idlib", "Air/drone strike")]


@pytest.mark.parametrize(("text", "killed"), [
    ("Warplanes bombed a training camp in Idlib on Monday, killing nine fighters, a monitor said.", 9),
    ("Drones that had been training over the lake struck a convoy near Goma on Monday, killing four soldiers, "
     "the army said.", 4),
])
def test_aircraft_that_strike_are_still_an_air_strike(extract: Callable[..., ExtractionResult], text: str,
                                                      killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", killed)]
