"""Kind (issue 10, kind 8, look-alikes): an act told as a habit is no incident. A frequency
adjective on the act noun ("still carries out frequent bombings", "occasional raids", "regular
missile strikes", "repeated attacks by the militia") or a place's reputation ("was long notorious
for ambushes") describes what keeps happening, not what happened; before, each such sentence made
an undated event of its own, which turned background paragraphs of accident and anniversary
reports into look-alike events. The same words beside the day's news leave it alone ("Regular
forces clashed ...", "the latest of the frequent attacks on the road"). Sentences written for this
test (habit_modifiers and habit of background-cues.json)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 7, 1)


@pytest.mark.parametrize("text", [
    "Al-Shabaab still carries out frequent bombings in Mogadishu.",
    "Kidnappers stage occasional raids on villages along the Niger border, officials said.",
    "Residents of Kramatorsk have grown used to regular missile strikes on the city centre.",
    "The Kabul-Jalalabad road was long notorious for ambushes and roadside bombs.",
    "Repeated attacks by the militia have forced thousands from their homes in Djugu territory, the UN said.",
    "Villages around Konna endure nightly raids by armed men on motorbikes, a local leader said.",
])
def test_an_act_told_as_a_habit_is_no_incident(extract: Callable[..., ExtractionResult], text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events == [], [(e.locations[0].name if e.locations else None, e.sub_event_type) for e in events]


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("Regular forces clashed with rebels near Kutum on Monday, killing nine fighters, the army said.", "Kutum", 9),
    ("Regular army units attacked a rebel camp near Kutum on Monday, killing nine fighters, the army said.",
     "Kutum", 9),
    ("In the latest of the frequent attacks on the road, gunmen killed six travellers near Bokkos on Monday,"
     " police said.", "Bokkos", 6),
])
def test_the_days_act_beside_habit_words_stays(extract: Callable[..., ExtractionResult], text: str, place: str,
                                               killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].locations[0].name == place
    assert events[0].fatalities == killed
    assert events[0].date == PUBLISHED
