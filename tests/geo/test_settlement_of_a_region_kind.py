"""Kind (issue 10, kind 2): "the <name> community of <region>" ("the Krasnopillia community of Sumy
region", "the Bokkos community of Plateau State") lost the settlement and kept only the region:
a name with "the" before a settlement noun and "of" was read as describing what follows it, as a
river or sea describes a town ("the Dnipro river city of Nikopol"). What follows a region is a
settlement of that region, so the name is the place. Sentences written for this test; before the
change the first three reports were placed at their region only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 8, 13)


@pytest.mark.parametrize(("text", "places"), [
    ("Two civilians were killed by Russian shelling in the Krasnopillia community of Sumy region on Tuesday, "
     "local authorities said.", [("Krasnopillia", "UA"), ("Sumy Oblast", "UA")]),
    ("A Russian drone killed a man in the Bilozerka community of Kherson region on Tuesday, the regional "
     "military administration said.", [("Bilozerka", "UA"), ("Kherson Oblast", "UA")]),
    ("Gunmen killed six farmers in the Bokkos community of Plateau State on Tuesday, police said.",
     [("Bokkos", "NG"), ("Plateau State", "NG")]),
    # A river before a settlement noun still describes the town after it.
    ("Russian troops shelled the Dnipro river city of Nikopol on Tuesday, wounding two, the governor said.",
     [("Nikopol", "UA")]),
])
def test_the_settlement_of_the_region_is_the_place(extract: Callable[..., ExtractionResult], text: str,
                                                   places: list[tuple[str, str]]) -> None:
    assert [[(p.name, p.country) for p in e.locations] for e in extract(text, PUBLISHED).events] == [places]
