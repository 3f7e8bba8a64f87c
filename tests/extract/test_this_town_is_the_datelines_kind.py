"""Kind (issue 10, kinds 2 and 3, places): "in this city", "the outskirts of this town" name the
wire dateline's own town, which is the incident's place before a province a headline names; a
small dateline town counts when the dateline names its province or country ("LAS NAVAS, Northern
Samar -"), and "KIDAPAWAN CITY" is the town Kidapawan.  Before, the dateline gave no place and the
incident was left out or placed at the province.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 6, 3)


@pytest.mark.parametrize(("text", "place"), [
    ("KIDAPAWAN CITY, June 3 - Gunmen shot dead a village chief and his son in this city on Sunday, police said.",
     "Kidapawan"),
    ("BAUCHI, Nigeria - Bandits killed three farmers on the outskirts of this town on Sunday, police said.",
     "Bauchi"),
    ("Three soldiers killed in Northern Samar clash\n\nLAS NAVAS, Northern Samar - Three soldiers were killed in a "
     "firefight with rebels in the hinterlands of this town on Friday, the military said.", "Las Navas"),
])
def test_this_town_is_the_datelines(extract: Callable[..., ExtractionResult], text: str, place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].locations[0].name == place
