"""Kind (issue 10, kind 4, source): speakers joined by "and" after the act (", police and
witnesses said", ", a local resistance group and residents said") are one source, as named.  The
small model hangs them on the act's object as conjuncts, so the speech verb has no subject; read
from the surface, the phrase stopped at "and" and gave no source at all.  Sentences written for
this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 14)


@pytest.mark.parametrize(("text", "source"), [
    ("Military jets bombed a village in Sagaing region on Saturday, killing at least 12 people including four "
     "children, a local resistance group and residents said.", "local resistance group and residents"),
    ("Gunmen attacked a bus near Bauchi on Sunday, killing five passengers, police and witnesses said.",
     "police and witnesses"),
    ("A drone hit a car in Kostiantynivka on Monday, killing three, residents and a local official said.",
     "residents and a local official"),
    ("Jets struck a market in Idlib on Sunday, killing nine people, rescuers and a war monitor said.",
     "rescuers and a war monitor"),
    # One speaker: unchanged.
    ("Gunmen killed five passengers and wounded three others near Bauchi on Sunday, police said.", "police"),
])
def test_joined_speakers_are_the_source(extract: Callable[..., ExtractionResult], text: str, source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source == source
