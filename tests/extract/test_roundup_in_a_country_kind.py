"""Kind (issue 10, kind 6, splitting): a round-up sentence framed by its country ("In Myanmar, junta
aircraft bombed a school in Pauk, artillery shelled Kyaukme and resistance fighters ambushed a
convoy near Lashio") tells one incident per town.  Before, three faults met: the country in the
first clause held every town of the sentence as one area; the small model made "Kyaukme and
resistance fighters" one subject, so the town right after "shelled" was dropped as a place that
acts; and a vague weapon with a vague act and no toll ("aircraft bombed a school") was no act.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


def test_each_town_of_a_country_framed_roundup(extract: Callable[..., ExtractionResult]) -> None:
    text = ("In Myanmar, junta aircraft bombed a school in Pauk, artillery shelled Kyaukme and resistance fighters"
            " ambushed a military convoy near Lashio on Saturday, local media reported.")
    events = extract(text, PUBLISHED).events
    assert sorted(e.locations[0].name for e in events) == ["Kyaukme", "Lashio", "Pauk"]
    assert {e.date for e in events} == {date(2026, 2, 28)}


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Junta aircraft bombed a school in Pauk, Magway region, Myanmar, on Saturday, local media reported.",
     "Air/drone strike"),
    ("Military jets bombed rebel positions near Wad Madani, Sudan, on Friday, the army said.", "Air/drone strike"),
])
def test_a_vague_weapon_and_a_vague_act_make_an_act(extract: Callable[..., ExtractionResult], text: str,
                                                    sub_event_type: str) -> None:
    assert [e.sub_event_type for e in extract(text, PUBLISHED).events] == [sub_event_type], text
