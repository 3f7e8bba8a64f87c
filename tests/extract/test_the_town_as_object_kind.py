"""Kind (issue 10, kind 2, places): a town named again by its definite noun as the object of the act
("the assailants shelled the town", "stormed the village at dawn"), or in a paragraph that follows
the one that tells an act there, is the town named just before, not the dateline's city. Before, only "in the
city" within one paragraph was read so. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 3)


@pytest.mark.parametrize(("text", "town"), [
    ("NIAMEY, March 3 (Agency) - Gunmen attacked Ouallam on Sunday, a local official said.\n\nTroops repelled"
     " the attackers after they shelled the town for two hours, killing four civilians, the army said.",
     "Ouallam"),
    ("KHARTOUM, March 3 (Agency) - Paramilitary fighters advanced on Kosti on Sunday, residents said. They"
     " stormed the town at dawn and killed 20 civilians, a medical group said.", "Kosti"),
    ("KYIV, March 3 (Agency) - Russian forces have pounded Kupiansk for weeks, the governor said.\n\nOn Monday"
     " a glide bomb struck the city, killing three people, he said.", "Kupiansk"),
])
def test_the_town_named_again_is_the_place(extract: Callable[..., ExtractionResult], text: str,
                                          town: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events, text
    assert all(e.locations[0].name == town for e in events), text
