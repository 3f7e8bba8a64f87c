"""Kind (issue 10, kind 4, source): a speaker named by a relative pronoun ("according to the
Houthi-run health ministry, which said three workers were killed", "a local leader, who said ...") is
the noun the clause hangs on, never the pronoun: "which" was given as the source. Sentences written
for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "source"), [
    ("US warplanes struck a fuel depot near Hodeidah on Sunday, according to the Houthi-run health ministry,"
     " which said three workers were killed.", "Houthi-run health ministry"),
    ("Israeli troops raided Jenin on Monday, according to the Palestinian health ministry, which said two"
     " young men were shot dead.", "Palestinian health ministry"),
    ("Drones struck a fuel depot in Bryansk overnight, said the regional governor, who added that one worker"
     " was wounded.", "regional governor"),
])
def test_a_relative_pronoun_speaker_is_its_antecedent(extract: Callable[..., ExtractionResult], text: str,
                                                      source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source == source, text
