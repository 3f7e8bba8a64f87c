"""Kind (issue 10, kind 2, places): a region written by one of its GeoNames alternate names
("North Kivu province" for Nord Kivu, "Khost province" for Khowst) is the region as written, even
when the only country the report names is a neighbour ("Rwanda denies backing the rebels"). The
rule that keeps an other-spelling namesake region from taking a report abroad ("Soum province" is
no Sumy Oblast) read only the region's main name; before, such a region lost its candidates and it
and the village it holds were placed in the neighbour. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 2, 8)


@pytest.mark.parametrize(("text", "village", "region", "country"), [
    ("Rebels shelled Kalembe, a village in North Kivu province, on Thursday, killing four civilians, residents"
     " said. Rwanda denies backing the rebels.", "Kalembe", "Nord Kivu", "CD"),
    ("Insurgents overran Kashebere, a market town in the Masisi territory of North Kivu province, on Thursday,"
     " residents said. Kinshasa accuses Rwanda of arming them.", "Kashebere", "Nord Kivu", "CD"),
    ("A roadside bomb killed three soldiers near Sabari, a village in Khost province, on Thursday, officials said."
     " Pakistan denied involvement.", "Sabari", "Khowst", "AF"),
])
def test_a_region_by_its_alternate_name_holds_its_village(extract: Callable[..., ExtractionResult], text: str,
                                                          village: str, region: str, country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1
    names = [(location.name, location.country) for location in events[0].locations]
    assert names[0] == (village, country)
    assert (region, country) in names


def test_a_region_known_only_by_another_spelling_abroad_stays_unknown(
        extract: Callable[..., ExtractionResult]) -> None:
    text = ("Jihadists killed 11 soldiers in Arbinda, in Soum province, on Thursday, the army of Burkina Faso"
            " said.")
    events = extract(text, PUBLISHED).events
    assert events and all(location.country == "BF" for location in events[0].locations)
