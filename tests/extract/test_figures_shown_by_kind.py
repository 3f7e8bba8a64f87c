"""Kind (issue 10, kind 4: source): "figures from the health ministry showed", "data from the
regional administration showed", "a tally by the monitor shows": a verb of showing whose subject
is a figure given by a body names that body as the figures' source (speech_verbs.json
figure_showing); the source was null.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "source"), [
    ("A drone strike killed two men near Tyre on Tuesday, figures from the health ministry showed.",
     "health ministry"),
    ("Shelling killed four people in Nikopol on Monday, data from the regional administration showed.",
     "regional administration"),
    ("Air strikes killed 19 civilians in Idlib province last week, a tally by the Syrian Observatory for Human "
     "Rights showed on Sunday.", "Syrian Observatory for Human Rights"),
])
def test_a_body_whose_figures_a_sentence_shows_is_the_source(extract: Callable[..., ExtractionResult], text: str,
                                                            source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source is not None and source in events[0].source
