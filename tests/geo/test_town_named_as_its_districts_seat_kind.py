"""Kind (issue 10, kind 2, places): "X, the main town of Y district" (the capital, the
headquarters, the chief town) names a district that holds the town, not a part of it; a
second-level unit that GeoNames has in one country only points at that country as a region does,
so the town is not a namesake abroad ("Khar" is also a Russian spelling of Germany's Haar); and
a unit spelt exactly as GeoNames spells a second-level unit ("Soum province", Burkina Faso) is
that unit, not a region abroad that only a looser transliteration matches (Ukraine's Sumy).
Before, the district became a part of the town, placed with it abroad or listed first.
Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 3, 11)


@pytest.mark.parametrize(("text", "town", "unit", "country"), [
    ("Gunmen killed four policemen at a checkpoint in Khar, the main town of Bajaur district, on Saturday, "
     "officials said.", "Khar", "Bajaur district", "PK"),
    ("Gunmen shot dead three traders in Khar, the capital of Bajaur district, on Tuesday, police said.",
     "Khar", "Bajaur district", "PK"),
    ("A bomb exploded at a market in Parachinar, the main town of Kurram district, on Friday, killing six people, "
     "police said.", "Parachinar", "Kurram district", "PK"),
    ("Jihadists killed 12 civilians in Djibo, the chief town of Soum province, on Sunday, security sources said.",
     "Djibo", "Soum province", "BF"),
    # Right before: they stay right.
    ("A roadside bomb killed four soldiers near Dori, the chief town of Seno province, on Monday, security "
     "sources said.", "Dori", "Seno province", "BF"),
    ("A suicide bomber killed 11 people in Qalat, the capital of Zabul province, on Sunday, police said.",
     "Qalat", "Zabul", "AF"),
])
def test_the_town_first_and_the_unit_that_holds_it(extract: Callable[..., ExtractionResult], text: str,
                                                   town: str, unit: str, country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    locations = events[0].locations
    assert [(location.name, location.country) for location in locations[:2]] == [(town, country), (unit, country)]
    assert locations[1].precision == 3
