"""Kind (issue 10, kind 4, source): a speaker named by where they work, with "at" ("a medical source at
Nasser Hospital said", "a source at the regional hospital said", "an official at the Civil
Hospital said"), is the source, read from the surface when the parse loses the verb's subject;
before, "at" ended the phrase and the figure had no source.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "source"), [
    ("Gunmen killed four traders at a market in Dori on Monday, a medical source at the regional hospital said.",
     "medical source at the regional hospital"),
    ("An air strike on a house in Khan Younis killed seven people on Monday, a medical source at Nasser Hospital "
     "said.", "medical source at Nasser Hospital"),
    ("Security forces opened fire on protesters in Aden on Monday, killing one and wounding five, a source at "
     "al-Jumhuriya hospital said.", "source at al-Jumhuriya hospital"),
    ("Two soldiers died when their truck hit a mine near Menaka on Sunday, a nurse at the district health centre "
     "told reporters.", "nurse at the district health centre"),
])
def test_a_speaker_at_a_place_is_the_source(text: str, source: str) -> None:
    events = extract_report(Report("at", text, published=dt.date(2025, 7, 9))).events
    assert [event.source for event in events] == [source]
