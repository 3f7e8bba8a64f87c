"""Kind (issue 10, kind 1 and 7): a victim named by an age ("a 19-year-old", "an eight-year-old",
"two 16-year-olds") is counted like "a man" or "two women": the parser reads the age as the
adjective "old" headed by "year", so the figure was lost.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Troops shot dead a 19-year-old in Qalqilya on Monday, the health ministry said.", 1, None),
    ("A 15-year-old was killed by shelling in Marhanets on Sunday, the governor said.", 1, None),
    ("Soldiers killed a 17-year-old and wounded two others in Salfit on Monday, medics said.", 1, 2),
    ("Gunmen killed an eight-year-old in Kaura Namoda on Friday, police said.", 1, None),
    ("A 40-year-old was wounded when a drone hit his car in Beryslav on Monday, the governor said.", None, 1),
    ("Two 16-year-olds were shot dead by soldiers in Azzun on Tuesday, the health ministry said.", 2, None),
])
def test_a_victim_named_by_an_age_is_counted(extract: Callable[..., ExtractionResult], text: str,
                                             killed: int | None, injured: int | None) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert (events[0].fatalities, events[0].injured) == (killed, injured)
    assert events[0].source is not None


def test_an_age_that_names_no_person_counts_nobody(extract: Callable[..., ExtractionResult]) -> None:
    # "the 12-year-old conflict": the age of a thing, not a victim.
    text = ("Gunmen attacked a village near Bokkos on Monday, residents said. The 12-year-old conflict in the area "
            "has displaced thousands.")
    events = extract(text, PUBLISHED).events
    assert [(event.fatalities, event.injured) for event in events] == [(None, None)]
