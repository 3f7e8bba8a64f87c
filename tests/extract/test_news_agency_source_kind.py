"""Kind (issue 10, kind 4, source): a country's news agency named as the one that gave the figures
("..., the National News Agency said", "the Ukrinform news agency said") is their source, as a state
outlet already was; a paper or broadcaster that the report quotes ("Al Jazeera reported") stays
where the report read them, not their source.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _sources(text: str) -> list[str | None]:
    return [event.source for event in extract_report(Report("agency", text, published=dt.date(2025, 3, 10))).events]


@pytest.mark.parametrize("text, source", [
    ("An Israeli drone strike killed two people in Nabatieh on Sunday, the National News Agency said.",
     "National News Agency"),
    ("Russian shelling killed three people in Kherson on Sunday, the Ukrinform news agency said.",
     "Ukrinform news agency"),
    ("A Turkish drone strike killed four fighters near Qamishli on Sunday, the Hawar News Agency said.",
     "Hawar News Agency"),
])
def test_a_news_agency_that_gives_the_figures_is_their_source(text: str, source: str) -> None:
    assert _sources(text) == [source]


def test_a_broadcaster_quoted_is_no_source() -> None:
    assert _sources("An Israeli drone strike killed two people in Nabatieh on Sunday, Al Jazeera reported.") == [None]
