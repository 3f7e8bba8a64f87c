"""Kind (issue 10, kind 1, riots): a crowd that burns or torches property ("Youths burned a police
post in Kano", "Hundreds of youths torched a government office in Jos") is a violent demonstration.
Before, "burned a police post" was no trigger (the burn words' objects lacked posts and
checkpoints), and the relevance filter let no report through whose only sign was a crowd's riot
word.  A crowd that storms a pitch to celebrate, candles burned at a vigil and a fire that burns a
market stay no event.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "place"), [
    ("Youths burned a police post in the northern Nigerian city of Kano on Monday, police said.", "Kano"),
    ("Hundreds of youths torched a government office in Jos on Tuesday, officials said.", "Jos"),
    ("Angry residents set fire to a checkpoint in Bamenda on Monday, local officials said.", "Bamenda"),
])
def test_a_crowd_burning_property_is_a_riot(extract: Callable[..., ExtractionResult], text: str,
                                            place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.sub_event_type) for e in events] == [(place, "Violent demonstration")], text


@pytest.mark.parametrize("text", [
    "Thousands of football supporters stormed the pitch in Lagos on Sunday to celebrate the title, organisers"
    " said.",
    "Students burned candles at a vigil in Kano on Monday for classmates killed in a bus crash, teachers said.",
    "A fire burned a market in Onitsha on Tuesday; traders said faulty wiring was to blame.",
])
def test_no_riot(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text
