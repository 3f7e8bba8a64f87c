"""Kind (issue 10, kinds 2 and 6): a headline that names the island the body's town is on
("Troops kill three militants in Mindanao raid" over a raid near Marawi) tells the body's incident
again, so it is no event of its own, and the island's name before an act noun ("Negros ambush")
is its place, not a doer, whatever label the model gives it.  The islands span first-level
regions (data/lexicons/land_regions.tsv).  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "town", "killed"), [
    ("Troops kill three militants in Mindanao raid\n\nSoldiers killed three suspected militants in a raid on a "
     "hideout near Marawi on Saturday, the army said.", "Marawi", 3),
    ("Two soldiers killed in Negros ambush\n\nTwo soldiers were killed when rebels ambushed a patrol near "
     "Kabankalan on Friday, the army said.", "Kabankalan", 2),
    ("Rebels attack army camp in Luzon\n\nCommunist rebels attacked an army detachment near Baler on Monday, "
     "killing one soldier, the military said.", "Baler", 1),
])
def test_a_headline_island_holds_the_body_town(extract: Callable[..., ExtractionResult], text: str, town: str,
                                               killed: int) -> None:
    (event,) = extract(text, date(2025, 4, 7)).events
    assert (event.locations[0].name, event.fatalities) == (town, killed)
    assert event.actor1 not in ("Negros", "Mindanao", "Luzon")
