"""Kind (issue 10, kind 1 and 2, places): a name after a noun of a side or part of a place and
"of" ("the northern edge of El Fasher", "the heart of X", "the fringes of X", "the entrance of
X") is a place whatever label the small model gives it, as after "the town of".  Before, only
settlement nouns framed a name so, and a name the model read as a person was dropped with the
incident's place.  Sentences written for this test (place_frames.json side_nouns)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 5, 12)


@pytest.mark.parametrize(("text", "name"), [
    ("Artillery rounds tore through a camp on the northern edge of El Fasher on Sunday, killing 14 people, aid"
     " workers said.", "El Fasher"),
    ("A drone struck the heart of Ad Damazin on Sunday, killing three people, officials said.", "Ad Damazin"),
    ("Shells landed on the fringes of Al Fashir on Monday, wounding six people, medics said.", "Al Fashir"),
])
def test_a_name_after_a_side_of_a_place_is_the_place(extract: Callable[..., ExtractionResult], text: str,
                                                     name: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert (events[0].locations[0].name, events[0].locations[0].country) == (name, "SD")
