"""Kind (issue 10, kinds 7 and 8): an act named as the start of a long span of time ("two years
after the massacre in X", "six months since the bombing of Y", "five years on from the attack
that killed 63", "a week after the strike on X") is history that the report looks back on, not
news: the scope's "History and anniversaries" (shared/spec/scope-and-types.md); its place is not
the place of the act the sentence tells. Spans of days or hours ("two days after the bombing")
stay news. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize("text", [
    "Five years on from the suicide bombing at a wedding hall in Kabul that killed 63 people, families gathered"
    " at the site on Friday.",
    "A year after militants stormed a police post in Bannu, the building has been rebuilt, officials said on"
    " Tuesday.",
    "Eighteen months since the air strike that killed 40 people at a market in Hajjah, traders met the"
    " governor on Monday to ask for compensation.",
    "Three decades after the massacre of 200 villagers near Gitarama, a new memorial was opened on Sunday.",
    "On Saturday, two years after gunmen killed 11 worshippers at a church in Owo, the congregation held a"
    " thanksgiving service, the diocese said.",
])
def test_an_act_that_starts_a_long_span_is_history(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("Two days after the bombing in Kabul, another blast killed four people in Jalalabad on Tuesday, police"
     " said.", "Jalalabad", 4),
    ("A year after the ceasefire, fighters attacked an army post near Gao on Sunday, killing three soldiers,"
     " the army said.", "Gao", 3),
    # A fronted span ends at its comma, whatever the parse joins; its "since" is the span's own.
    ("A week after the drone strike on Kharkiv, another Russian drone hit an apartment building in Sumy on"
     " Monday, killing two people, the regional governor said.", "Sumy", 2),
    ("Two weeks since the bombing of the market in Baidoa, a suicide bomber struck a checkpoint in Afgoye on"
     " Tuesday, killing four soldiers, officials said.", "Afgoye", 4),
])
def test_news_told_beside_a_span_is_kept(extract: Callable[..., ExtractionResult], text: str, place: str,
                                         killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.fatalities) for e in events] == [(place, killed)], text


@pytest.mark.parametrize(("text", "place", "left_out"), [
    ("Rebels took control of Nyabiondo, a village in North Kivu province, on Friday, residents said. Its capture"
     " comes less than a fortnight after they seized Goma, the provincial capital.", "Nyabiondo", "Goma"),
    ("Militants stormed Kalaya, a village in Borno State, on Friday, killing nine farmers, residents said. A"
     " fortnight after gunmen killed 40 in Maiduguri, the region remains tense.", "Kalaya", "Maiduguri"),
])
def test_a_fortnight_is_a_long_span(extract: Callable[..., ExtractionResult], text: str, place: str,
                                    left_out: str) -> None:
    """"a fortnight after" counts back two weeks, as "two weeks after" does: the act it names is not
    the day's incident, and its place is none of the incident's."""
    events = extract(text, date(2025, 2, 8)).events
    assert len(events) == 1
    names = [location.name for location in events[0].locations]
    assert names[0] == place
    assert left_out not in names


@pytest.mark.parametrize(("text", "published", "place", "day"), [
    ("Tension rose in Mogadishu this week after a car bomb killed six people at a checkpoint on Tuesday, police"
     " said.", date(2023, 9, 1), "Mogadishu", date(2023, 8, 29)),
    ("Shops stayed shut in Jos last week after gunmen killed nine traders at a market in Bokkos on Thursday,"
     " police said.", date(2023, 9, 4), "Bokkos", date(2023, 8, 31)),
])
def test_this_or_last_week_after_an_act_is_no_span(extract: Callable[..., ExtractionResult], text: str,
                                                   published: date, place: str, day: date) -> None:
    """"this week after", "last week after": the count of a long span is a number ("two weeks
    after", "a few weeks after"), never "this" or "last", whose week is the report's own news."""
    events = extract(text, published).events
    assert [(e.locations[0].name, e.date) for e in events] == [(place, day)]


@pytest.mark.parametrize("text", [
    "Schools reopened in Maiduguri a few weeks after a suicide bomber killed 12 people at a mosque in Konduga.",
    "Twenty-five years after the embassy bombing in Nairobi that killed 213 people, survivors met on Monday.",
])
def test_counted_spans_stay_history(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, date(2023, 9, 1)).events == []
