"""Kind (issue 10, kind 2, places): where a local witness who tells the act is ("a volunteer in
Bardhere said", "a community leader in Dansadau said") is the incident's place when the act's
own sentences name none, before the wire dateline's city, which is where the reporter files from.
Only people of a place count (place_frames.json witness_nouns): a spokesman or an official
somewhere else does not.  Before, a place inside a source was dropped, and the incident took the
dateline's city or was lost.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 5, 12)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("NAIROBI, May 12 (Agency) - A volunteer in Bardhere said on Monday that militants overran an army base near"
     " the town on Sunday.", "Bardhere", "SO"),
    ("ABUJA, May 12 (Agency) - Gunmen abducted 30 worshippers from a mosque on Friday, a community leader in"
     " Dansadau, Zamfara State, told reporters.", "Dansadau", "NG"),
    ("KINSHASA, May 12 (Agency) - Militiamen killed nine villagers on Saturday night, residents of Djugu told"
     " reporters by telephone.", "Djugu", "CD"),
])
def test_a_local_witness_places_an_act_whose_sentences_name_no_place(
        extract: Callable[..., ExtractionResult], text: str, name: str, country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert (events[0].locations[0].name, events[0].locations[0].country) == (name, country)


def test_a_spokesman_elsewhere_is_no_witness(extract: Callable[..., ExtractionResult]) -> None:
    text = ("KYIV, May 12 (Agency) - A drone hit a fuel depot on Sunday, killing two workers, a spokesman in Odesa"
            " said.")
    # The dateline's city places it, as before: an office holder far away places nothing.
    events = extract(text, PUBLISHED).events
    assert [(event.fatalities, [location.name for location in event.locations]) for event in events] == [
        (2, ["Kyiv"])]
