"""Kind (issue 10, kind 1): a killing told in the passive with an irregular participle ("was
beaten to death by soldiers", "was burnt alive") is the same act as the active "beat ... to
death": the trigger lexicon lacked the participles "beaten" and "burnt", so the incident was lost.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "killed"), [
    ("A trader was beaten to death by soldiers in Gwoza on Monday, witnesses said.", 1),
    ("Two farmers were beaten to death by militiamen near Djugu on Saturday, a local chief said.", 2),
    ("A village chief was burnt alive by rebels near Bambari on Friday, residents said.", 1),
])
def test_a_passive_killing_with_an_irregular_participle_is_an_incident(
        extract: Callable[..., ExtractionResult], text: str, killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].fatalities == killed
    assert events[0].event_type == "Violence against civilians"
