"""Kind (issue 10, kind 2): second-level units English news names by words the place frames lacked
("the southern canton of Camilo Ponce Enríquez" in Ecuador, "the parish of X", "the Dessie Zuria
woreda of Amhara region"): the unknown name before or after the unit word was lost, and the
incident placed at the dateline's city, the country or the region. The unit words come from the
administrative-division terms of GeoNames' feature class A as English news writes them
(place_frames.json unit_nouns). Sentences written for this test; before the change each was
placed at a coarser place or at the dateline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 3, 15)


@pytest.mark.parametrize(("text", "place"), [
    ("QUITO (Reuters) - Gunmen ambushed a military patrol in the southern canton of Camilo Ponce Enríquez on "
     "Friday, killing three Ecuadorean soldiers, the army said.", ("Camilo Ponce Enríquez", "EC")),
    ("Gunmen killed four people in the parish of Nueva Prosperina in Ecuador on Friday, police said.",
     ("Nueva Prosperina", "EC")),
    ("Fano militiamen clashed with federal troops in the Dessie Zuria woreda of Amhara region on Friday, "
     "killing five civilians, residents said.", ("Dessie Zuria woreda", "ET")),
])
def test_the_unit_is_the_place(extract: Callable[..., ExtractionResult], text: str, place: tuple[str, str]) -> None:
    assert [(e.locations[0].name, e.locations[0].country) for e in extract(text, PUBLISHED).events] == [place]
