"""Kind (issue 10, kind 2, places): where a statement was made, told as the audience and its place
("told a meeting of Arab envoys in Beirut that ...", "told a session of parliament in Kabul that
...", "told a summit of African leaders in Addis Ababa that ..."), is the statement's place, not the
act's (it was listed first, before the act's own place): the audience may be a meeting *of*
someone, and a session, gathering, summit, forum, assembly or hearing is where one speaks
(place_frames.json statement_nouns; also a jirga or shura).  A gathering that is the act's target keeps its place.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 6)


@pytest.mark.parametrize(("text", "place"), [
    ("The Lebanese Prime Minister, Najib Mikati, told a meeting of Arab envoys in Beirut that an Israeli air strike"
     " killed 12 people in the village of Qana.", "Qana"),
    ("The minister told a session of parliament in Kabul that a bomb killed nine worshippers in Kunduz on Friday.",
     "Kunduz"),
    ("The president told a summit of African leaders in Addis Ababa that RSF fighters killed 40 villagers in Wad"
     " Madani on Sunday.", "Wad Madani"),
    ("The governor told a gathering of elders in Maiduguri that insurgents killed 18 fishermen in Monguno on"
     " Sunday.", "Monguno"),
    ("The deputy commissioner told a jirga of elders in Peshawar that militants killed five policemen in Bannu on"
     " Monday.", "Bannu"),
])
def test_the_place_of_the_audience_is_the_statements(extract: Callable[..., ExtractionResult], text: str,
                                                     place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert [location.name for location in events[0].locations] == [place]


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen attacked a gathering of mourners in Jos on Sunday, killing six people, police said.", "Jos"),
    ("A bomb exploded during a session of the district council in Mogadishu on Sunday, killing four people, police"
     " said.", "Mogadishu"),
    ("The mayor said a drone struck a gathering of volunteers in Kherson on Sunday, killing three people.", "Kherson"),
])
def test_a_gathering_that_was_hit_keeps_its_place(extract: Callable[..., ExtractionResult], text: str,
                                                  place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert [location.name for location in events[0].locations] == [place]
