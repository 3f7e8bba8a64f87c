"""Kind (issue 10, kind 2): a village that bears a region's or district's name, named with no
article before it and its own region after it ("in Ekiti village, Plateau State", "in Kogi
village in Benue State"), is that village, kept by name in the region its phrase names; before,
it was read as the region of that name (Ekiti State) or as a district of that name in another
state. With an article ("in a Zamfara village") the name still says which region holds the
village. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 4, 28)


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen killed nine worshippers and two guards at a church in Ekiti village, Plateau State, on Sunday, police "
     "said.", ("Ekiti", "NG", "Plateau State")),
    ("Gunmen killed nine worshippers at a church in Ekiti village in Plateau State on Sunday, police said.",
     ("Ekiti", "NG", "Plateau State")),
    ("Gunmen killed five farmers in Kebbi village, Niger State, on Sunday, police said.",
     ("Kebbi", "NG", "Niger State")),
    ("Bandits abducted 12 women in Kogi village in Benue State on Sunday, residents said.",
     ("Kogi", "NG", "Benue State")),
])
def test_the_village_lies_in_the_region_its_phrase_names(extract: Callable[..., ExtractionResult], text: str,
                                                         place: tuple[str, str, str]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country, e.locations[0].admin1) for e in events] == [place]


def test_a_region_before_village_with_an_article_is_the_region(extract: Callable[..., ExtractionResult]) -> None:
    events = extract("Gunmen killed nine villagers in a Zamfara village on Sunday, police said.", PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].admin1) for e in events] == [("Zamfara State", "Zamfara State")]
