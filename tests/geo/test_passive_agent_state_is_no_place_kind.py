"""Kind (issue 10, kind 2, places that are not where the incident happened): a country or a
capital that is the agent of a passive ("drones launched by Russia", "a strike ordered by
Washington", "a statement issued by Britain, France and Spain") is the state that acts, not a
place of the incident, nor a country the report's unknown names lie in.  Before, the state became
the event's place (an interception "in Russia", a reaction "in the United Kingdom") and an
unknown town was put in the United States.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 14)


@pytest.mark.parametrize(("text", "state"), [
    ("Air defences shot down 21 of 28 drones launched by Russia overnight, the Ukrainian air force said.", "RU"),
    ("Leaders condemned the killings in a statement issued by Britain, France, Germany and Spain on Monday.", "GB"),
    ("A drone strike ordered by Washington killed a militant commander near Jilib on Monday, US Africa Command "
     "said.", "US"),
])
def test_the_acting_state_is_no_place(extract: Callable[..., ExtractionResult], text: str, state: str) -> None:
    for event in extract(text, PUBLISHED).events:
        assert all(location.country != state for location in event.locations), text


@pytest.mark.parametrize(("text", "place"), [
    ("A missile fired by Iran struck a base near Erbil on Monday, killing two contractors, Kurdish officials said.",
     "Erbil"),
    ("The strike, carried out by Israel, killed five people in Tyre on Sunday, Lebanese state media reported.",
     "Tyre"),
    # A place after "by" with no passive before it stays a place.
    ("Gunmen killed three farmers by the river in Zurmi on Sunday, police said.", "Zurmi"),
])
def test_the_place_of_the_act_stays(extract: Callable[..., ExtractionResult], text: str, place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].locations[0].name == place
