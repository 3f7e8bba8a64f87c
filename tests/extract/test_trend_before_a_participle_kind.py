"""Kind (issue 10, kind 7, stray material): a trend told in the sentence's own clause before a
participle that gives its doer's reason ("Militants have fired rockets at X airport since the start
of the year, claiming ...", "Ukraine has hit Russian refineries with drones since the summer of
2024, saying ...") is background: the span ("since ...") is no description of a speaker, as it is
in "The X Network, which has documented attacks since 2018, said ...". Before, the participle made
the sentence's subject a speaker, the span was set aside as describing it, and the trend became an
undated event or lent the incident its doer and places. Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def test_a_trend_with_a_participle_is_no_incident() -> None:
    text = "Militants have fired rockets at Kandahar airport since the start of the year, claiming it hosts troops."
    assert extract_report(Report("trend", text, published=dt.date(2025, 9, 19))).events == []


def test_the_trend_lends_the_incident_neither_doer_nor_place() -> None:
    text = ("A drone struck a fuel depot in Kursk region on Friday, the governor said. Ukraine has hit Russian "
            "refineries with drones since the summer of 2024, saying they fuel Moscow's war.")
    events = extract_report(Report("trend", text, published=dt.date(2025, 9, 19))).events
    assert [[loc.name for loc in e.locations] for e in events] == [["Kursk Oblast"]]
    assert events[0].actor1 is None


def test_a_trend_after_a_strike_is_no_second_event() -> None:
    text = ("An air strike killed four people in Marib on Friday, the health ministry said. Rebel fighters have "
            "shelled army positions around Taiz since the truce collapsed, saying the army broke it first.")
    events = extract_report(Report("trend", text, published=dt.date(2025, 9, 19))).events
    assert [e.locations[0].name for e in events] == ["Marib"]
