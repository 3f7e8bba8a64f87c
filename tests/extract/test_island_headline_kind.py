"""Kind (issue 10, kinds 2 and 6): a headline that names the island the body's town is on
("Rebels attack army camp in Luzon" over an attack near Baler) tells the body's incident again,
so it is no event of its own, and the island's name is no doer; nor is a region's own name that
the model tags as a people ("Balochistan ambush").  An island spans the first-level
regions it lies in, or lies in one (data/lexicons/land_regions.tsv).  Sentences written for this
test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "town", "killed"), [
    ("Rebels attack army camp in Luzon\n\nCommunist rebels attacked an army detachment near Baler on Monday, "
     "killing one soldier, the military said.", "Baler", 1),
    ("Police post raided on Panay\n\nCommunist rebels raided a police post near Kalibo on Friday, killing two "
     "officers, police said.", "Kalibo", 2),
    ("Two soldiers die in Luzon ambush\n\nTwo soldiers were killed when rebels ambushed a patrol near Baggao on "
     "Friday, the army said.", "Baggao", 2),
])
def test_a_headline_island_holds_the_body_town(extract: Callable[..., ExtractionResult], text: str, town: str,
                                               killed: int) -> None:
    (event,) = extract(text, date(2025, 4, 7)).events
    assert (event.locations[0].name, event.fatalities) == (town, killed)
    assert event.actor1 not in ("Luzon", "Panay")


@pytest.mark.parametrize(("text", "region"), [
    ("Balochistan ambush kills two soldiers\n\nTwo soldiers were killed when militants ambushed a patrol near "
     "Turbat on Friday, the army said.", "Balochistan"),
    ("Ituri ambush leaves three soldiers dead\n\nThree soldiers were killed when militiamen ambushed an army "
     "patrol near Djugu on Sunday, the army said.", "Ituri"),
])
def test_a_region_the_model_tags_as_a_people_is_no_doer(extract: Callable[..., ExtractionResult], text: str,
                                                         region: str) -> None:
    (event,) = extract(text, date(2025, 4, 7)).events
    assert event.actor1 != region
