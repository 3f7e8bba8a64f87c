"""The title of whoever tells of an attack ("a police official said", "a county official told
reporters") is no political target: it makes no ordinary killing political.  A victim with such a
title ("a district official was shot dead") still is one (scope-and-types.md)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> list:
    return extract_report(Report("speaker-title", text, published=date(2025, 6, 16))).events


@pytest.mark.parametrize("text", [
    "A shopkeeper was shot dead in Multan on Sunday, a police official said.",
    "A man was stabbed to death outside a bar in Kisumu on Saturday, a county official told reporters.",
    "A bus conductor was shot dead in Makurdi late on Friday, a senior police official said.",
    "An elderly woman was stabbed to death in her home in Mandera on Saturday, the local governor said.",
])
def test_speakers_title_makes_no_killing_political(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(("text", "killed"), [
    ("A district official was shot dead in Multan on Sunday, police said.", 1),
    ("A local councillor was stabbed to death in Kisumu on Saturday, a county official said.", 1),
    ("A former provincial governor was shot dead outside his home in Wajir on Friday, a police official said.", 1),
    ("Two journalists were shot dead in Celaya on Sunday, a state official said.", 2),
])
def test_victims_title_still_makes_it_political(text: str, killed: int) -> None:
    events = _events(text)
    assert len(events) == 1, events
    assert (events[0].sub_event_type, events[0].fatalities) == ("Attack", killed)
