"""Kind (issue 10, kind 2, places): a name the gazetteer lacks, described after it as an
administrative part of a known place ("San Isidro Alto, a rural district of Tumaco", "Llano Verde,
a district of Jamundí", "Ladha, a tehsil of South Waziristan"), is where the act happened: it is
kept, placed at the place named after it, and listed first, as the most specific place. Before,
only settlement words ("a village in") made such a frame, and a unit word ("district") left the
name last, unplaced, behind its container. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "name", "container", "country"), [
    ("Clashes left nine people dead on Wednesday in San Isidro Alto, a rural district of Tumaco, the"
     " ombudsman said.", "San Isidro Alto", "Tumaco", "CO"),
    ("Drones dropped explosives on the police station in Llano Verde, a district of Jamundí, on Tuesday"
     " night, killing one officer, police said.", "Llano Verde", "Jamundí", "CO"),
    ("A roadside bomb killed two soldiers in Ladha Kot, a tehsil of Bannu district, on Monday, the military"
     " said.", "Ladha Kot", "Bannu", "PK"),
    ("Gunmen killed six people in Kabanga Sud, a rural commune of Kalemie, on Friday, a local official said.",
     "Kabanga Sud", "Kalemie", "CD"),
])
def test_a_unit_described_after_its_name_is_the_place(extract: Callable[..., ExtractionResult], text: str,
                                                      name: str, container: str, country: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    first = events[0].locations[0]
    assert (first.name, first.country) == (name, country), text
    assert first.lat is not None, text
    assert any(container in loc.name for loc in events[0].locations[1:]), text
