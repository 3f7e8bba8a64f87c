"""Kind (issue 10, field verified): a note in a paragraph of its own that the reports could not be
verified ("Reuters could not independently verify the reports") holds for the report's one event
though the note follows another incident that was left out for want of a place ("Separately,
the air force said it shot down 46 of 73 drones ..."); before, the note went with the incident
left out and the event's verified stayed null. A note inside the event's own paragraph already
held. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 2, 10)


@pytest.mark.parametrize("text", [
    "KYIV, Feb 10 (Reuters) - A Russian guided aerial bomb struck a residential area of Kostiantynivka in the "
    "Donetsk region on Monday, killing two men and wounding five, the regional governor said.\n\nSeparately, "
    "Ukraine's air force said it had shot down 46 of 73 drones launched by Russia overnight.\n\nReuters could not "
    "independently verify the reports.",
    "A drone hit a fuel depot in Kosti on Saturday, injuring three workers, a local official said.\n\nSeparately, "
    "the army said its air defences had downed several drones overnight.\n\nThe claims could not be independently "
    "verified.",
])
def test_the_note_holds_for_the_one_event(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert [e.verified for e in extract(text, PUBLISHED).events] == [False]
