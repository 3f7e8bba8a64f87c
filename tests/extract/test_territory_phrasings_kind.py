"""Kind (issue 10, kind 1, clear incidents give no event): ground taken, in the words news uses for
it: control taken with a day or a word between ("took control on Sunday of X", "took full control
of X"), and a place "liberated" (the word a state's claims use), also inside quotation marks
('had "liberated" the village of X').  Each is ACLED's territory sub-event.  Sentences written for
this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow

TERRITORY = {"Non-state actor overtakes territory", "Government regains territory"}


@pytest.mark.parametrize("text", [
    "GOMA, Congo - M23 rebels took control on Sunday of Kanyabayonga, a town about 20 kilometres south of Lubero, "
    "after hours of fighting with the army, local sources reported.",
    "Russia's Defence Ministry claimed on Monday that its troops had \"liberated\" the village of Kurakhove in the "
    "Donetsk region.",
    "Rebels took full control of the town of Kiwanja in North Kivu on Tuesday, residents said.",
    "Government troops liberated the town of Kadugli in South Kordofan on Friday, the army said.",
])
def test_ground_taken_in_news_words_is_territory(text: str) -> None:
    events = extract_report(Report("territory", text, published=dt.date(2025, 4, 29))).events
    assert [event.sub_event_type in TERRITORY for event in events] == [True]


def test_hostages_liberated_are_no_territory() -> None:
    text = "Police liberated 12 hostages held by kidnappers in Kaduna on Tuesday, a spokesman said."
    events = extract_report(Report("territory", text, published=dt.date(2025, 4, 29))).events
    assert not any(event.sub_event_type in TERRITORY for event in events)
