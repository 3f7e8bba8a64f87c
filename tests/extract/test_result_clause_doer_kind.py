"""An attack told as the result of the clause before it ("Armed men rode into X, shooting
residents") is done by that clause's subject: an armed subject makes it organised violence even
with no toll; a subject that is no armed actor ("Heavy rain swept through X, flooding homes")
makes nothing of it."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> list:
    return extract_report(Report("result-clause", text, published=date(2025, 6, 16))).events


@pytest.mark.parametrize(("text", "place"), [
    ("Armed men rode into the town of Tsafe on Sunday, shooting residents and burning homes, a local "
     "leader said.", "Tsafe"),
    ("A group of armed bandits entered a market in Sokoto late on Friday, shooting traders, police said.",
     "Sokoto"),
    ("Gunmen on motorbikes swept through a cattle market near Makurdi on Saturday, shooting herders and "
     "traders, residents said.", "Makurdi"),
    ("Militiamen burst into a school in Uvira on Thursday, opening fire on pupils, a teacher said.", "Uvira"),
])
def test_armed_subject_does_the_result(text: str, place: str) -> None:
    events = _events(text)
    assert len(events) == 1, events
    assert events[0].event_type == "Violence against civilians"
    assert place in [location.name for location in events[0].locations]


@pytest.mark.parametrize("text", [
    "Heavy rain swept through the town of Sokoto on Friday, flooding homes, officials said.",
    "Hunters rode into the forest near Makurdi on Saturday, shooting antelopes, a local guide said.",
])
def test_subject_no_armed_actor_makes_nothing(text: str) -> None:
    assert _events(text) == []
