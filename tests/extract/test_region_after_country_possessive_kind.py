"""Kind (issue 10, kind 2, places): "the town of X in <country>'s <region> <unit>" puts X in that
region, not only in the country. Before, the possessive "'s" ended the chain of containers, so a
name the gazetteer has elsewhere was kept in the country with no region (and sorted after any
town of the report), and a namesake anywhere in the country was taken ("Santa Rosa in
Colombia's Cauca department" became the Santa Rosa of another department). Sentences written
for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 6, 20)


@pytest.mark.parametrize(("text", "place", "admin1"), [
    ("A drone struck the village of Novooleksandrivka in Russia's Belgorod region on Tuesday, wounding two "
     "people, the governor said.", "Novooleksandrivka", "Belgorod Oblast"),
    ("Dissident guerrillas attacked a police station in the town of Santa Rosa in Colombia's Cauca department "
     "on Sunday, killing two officers, the army said.", "Santa Rosa", "Cauca Department"),
    ("Jihadists stormed the town of Liberty in Liberia's Nimba county on Sunday, killing six villagers, officials "
     "said.", "Liberty", "Nimba"),
])
def test_a_region_after_a_country_possessive_holds_the_town(extract: Callable[..., ExtractionResult], text: str,
                                                            place: str, admin1: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].admin1) for e in events] == [(place, admin1)]
