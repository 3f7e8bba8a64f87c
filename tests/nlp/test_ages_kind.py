"""Kind (trial 9: an age read as a toll): a person's age set off by commas after the name or noun
("Corporal Luis Herrera, 31, died") is no casualty figure; a figure after a comma that
opens a clause ("In Kharkiv, 12 people were killed") still is.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report
from eventwire.nlp.casualties import find_casualties


@pytest.mark.parametrize("text", [
    "Corporal Luis Herrera, 31, died when a grenade hit the sentry box.",
    "Mariam Saleh, 9, and her brother Ahmed, 12, were killed.",
    "A woman, 62, died in the strike.",
    "Those killed included Hassan Omar, 17.",
    "Sergeant Moussa Traoré, 31, and Corporal Ali Cissé, 27, died at the scene.",
])
def test_an_age_is_no_figure(text: str) -> None:
    assert [(c.kind, c.value) for c in find_casualties(text) if c.value is not None] == []


@pytest.mark.parametrize(("text", "figures"), [
    ("In Kharkiv, 12 people were killed.", [("killed", 12)]),
    ("On Friday, 12 were killed and 30 wounded.", [("killed", 12), ("injured", 30)]),
    ("The toll rose to 24, officials said.", [("killed", 24)]),
    ("The attack killed 5, wounded 7.", [("killed", 5), ("injured", 7)]),
])
def test_a_figure_after_a_comma_is_still_a_figure(text: str, figures: list[tuple[str, int]]) -> None:
    assert [(c.kind, c.value) for c in find_casualties(text)] == figures


@pytest.mark.slow
@pytest.mark.parametrize(("text", "killed"), [
    ("Corporal Luis Herrera, 31, was killed when a drone dropped a grenade on an army post in Tibú on Saturday, "
     "the army said.", 1),
    ("Fatima Bello, 35, was shot dead when gunmen attacked Kauru in Kaduna State on Friday, police said.", 1),
])
def test_the_event_does_not_take_the_age_as_its_toll(text: str, killed: int | None) -> None:
    events = extract_report(Report("age", text, published=dt.date(2025, 8, 4))).events
    assert len(events) == 1
    assert events[0].fatalities in (killed, None)
    assert events[0].fatalities not in (31, 35)
