"""Kind (issue 10, kind 2, places): a first-level region word and "of" before a name ("the
central Mexican state of Guanajuato", "the northern Nigerian state of Kano", "the Sudanese state
of Sennar") name the region, not the town of that name inside it, and the region keeps the name
the report writes.  Before, a people's adjective among the words before hid the frame, and the
region's own capital of that name won.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 14)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Gunmen shot dead six people at a party in the central Mexican state of Guanajuato late on Sunday, "
     "prosecutors said.", "Guanajuato", "MX"),
    ("Gunmen killed nine worshippers in the northern Nigerian state of Kano on Sunday, police said.",
     "Kano State", "NG"),
    ("Police fired tear gas at student protesters in the Sudanese state of Sennar on Sunday, wounding four, "
     "witnesses said.", "Sennar", "SD"),
    # Right before: they stay right.
    ("Bandits killed 11 villagers in the northwestern state of Zamfara on Sunday, police said.", "Zamfara State",
     "NG"),
    ("A suicide bomber killed six people in the eastern Afghan province of Ghazni on Sunday, officials said.",
     "Ghazni", "AF"),
])
def test_the_region_named_after_its_word(extract: Callable[..., ExtractionResult], text: str, name: str,
                                         country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    location = events[0].locations[0]
    assert (location.name, location.country, location.feature, location.precision) == (name, country, "region", 3)


def test_a_city_of_a_name_stays_the_city(extract: Callable[..., ExtractionResult]) -> None:
    text = "A car bomb killed eight people in the Iraqi city of Kirkuk on Sunday, police said."
    location = extract(text, PUBLISHED).events[0].locations[0]
    assert (location.name, location.feature) == ("Kirkuk", "city")
