"""Kind (issue 10, kind 2, places): a settlement noun written as a name's title ("Barangay
Bagumbayan Norte", the Philippine village unit) says the name after it is a settlement, as "the
village of X" does: a name the gazetteer lacks is kept and placed at the container named after it,
and a name it has is that place.
Before, the capitalised title made the name read as the tail of a longer proper name, and the act
lost its village. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "name"), [
    ("Soldiers clashed with rebels in Barangay Sapang Bato Dos, Cotabato City, on Friday, leaving three rebels"
     " dead, the army said.", "Sapang Bato Dos"),
    ("Two soldiers were wounded when a bomb went off in Barangay Bagumbayan Norte in Cotabato on Thursday, the"
     " army said.", "Bagumbayan Norte"),
    ("A grenade exploded in Barangay Poblacion Norte, Cotabato City, on Saturday, wounding four people,"
     " police said.", "Poblacion Norte"),
    # A name the gazetteer has: the title no longer makes it the tail of a longer name.
    ("Gunmen shot dead a village chief in Barangay Tamontaka, Cotabato City, on Wednesday, police said.",
     "Tamontaka"),
])
def test_a_settlement_title_keeps_the_village(extract: Callable[..., ExtractionResult], text: str,
                                              name: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert (events[0].locations[0].name, events[0].locations[0].country) == (name, "PH"), text
