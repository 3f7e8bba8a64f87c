"""Kind (issue 10, kind 2): a village the gazetteer lacks, placed by "in", "near" or "outside" and
followed at once by "in" and a known country or region ("near X in northern Mali", "in X in North
Kivu province"), is kept under its own name in that country, whatever label the small model puts on
the unknown name (it calls such names persons at random).  Without the rule the incident was placed
at the country or the region, or lost.  Sentences written for this test; the names are real villages
that GeoNames' cities500 (the gazetteer's towns) does not list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
Extract = Callable[..., ExtractionResult]
PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Gunmen killed three soldiers near Djibasso in northwestern Burkina Faso on Friday, the army said.",
     "Djibasso", "BF"),
    ("Gunmen killed four gendarmes in Djibasso in western Burkina Faso on Thursday.", "Djibasso", "BF"),
    ("A suicide bomber killed six people at a market in Kolofata in northern Cameroon on Friday, the governor "
     "said.", "Kolofata", "CM"),
    ("Suspected ADF fighters killed seven people near Mbau in North Kivu province on Tuesday.", "Mbau", "CD"),
    ("Armed men abducted 20 passengers outside Gidan Bature in northwestern Nigeria on Monday, police said.",
     "Gidan Bature", "NG"),
])
def test_an_unknown_village_followed_by_in_and_its_region_keeps_its_name(extract: Extract, text: str,
                                                                          name: str, country: str) -> None:
    (event,) = extract(text, PUBLISHED).events
    assert (event.locations[0].name, event.locations[0].country) == (name, country), text

