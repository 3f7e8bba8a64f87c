"""Kind (issue 10, kind 7, stray figures): in a report whose news is an act dated to the day, an
act dated only by an earlier month ("In late January the rebels captured Goma in fighting that
killed about 3,000 people", "in mid-February they entered Bukavu") is background, however recent
the month: its places and figures are no part of the day's incident.  A month-dated act that is
the report's own news ("the toll from last month's bombing rose to 40") stays.  Before, a month
that ended within 45 days of the report kept such acts as incidents and merged their figures into
the day's.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 3, 7)


@pytest.mark.parametrize(("text", "place"), [
    ("M23 rebels seized the town of Pinga on Thursday after heavy fighting with army-backed militias, local"
     " officials said. In late January the rebels captured Goma in fighting that killed about 3,000 people, and"
     " in mid-February they entered Bukavu.", "Pinga"),
    ("A roadside bomb killed four soldiers near Kech on Wednesday, the military said. In February, militants"
     " stormed a checkpoint in Zhob, killing seven soldiers.", "Kech"),
])
def test_an_earlier_months_act_beside_the_days_news_is_background(
        extract: Callable[..., ExtractionResult], text: str, place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, [(e.locations[0].name, e.fatalities) for e in events]
    assert place in [location.name for location in events[0].locations]
    assert events[0].fatalities in (None, 4)


@pytest.mark.parametrize("text", [
    "The death toll from last month's bombing of a market in Goma rose to 40 on Thursday, officials said.",
    "In late February, gunmen killed 12 villagers in Djugu, officials said on Thursday.",
])
def test_a_month_dated_act_that_is_the_news_stays(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert len(extract(text, PUBLISHED).events) == 1, text
