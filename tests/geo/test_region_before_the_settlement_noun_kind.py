"""Kind (issue 10, kind 2): a village or town the gazetteer lacks, named after "of" behind a region
and its settlement noun ("the Plateau State village of X", "the Kassala state town of X", "the
Kherson region village of X"), lies in that region: the name is kept there at region precision.
Before, the name had no container (only one named after it counted), the region was read as a
word of the name, and the incident was dropped for want of a place. A town the gazetteer has in
that frame stays itself. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 5, 19)


@pytest.mark.parametrize(("text", "place"), [
    ("On Saturday, a drone strike hit a fuel depot in the Kassala state town of Girba, killing two guards, a local "
     "official said.", ("Girba", "SD", "Kassala")),
    ("Gunmen killed seven farmers in the Plateau State village of Kwall Dutse on Sunday, police said.",
     ("Kwall Dutse", "NG", "Plateau State")),
    ("A bomb exploded in the Balochistan province town of Dera Bugti Kalan on Monday, wounding five people, police "
     "said.", ("Dera Bugti Kalan", "PK", "Balochistan")),
    ("Militants attacked a checkpoint in the Tillaberi region village of Koutougou Beri on Sunday, killing four "
     "soldiers.", ("Koutougou Beri", "NE", "Tillabéri Region")),
    ("Two civilians were killed by shelling in the Kherson region village of Bilozirka Nova on Friday, the governor "
     "said.", ("Bilozirka Nova", "UA", "Kherson Oblast")),
])
def test_an_unknown_settlement_lies_in_the_region_before_it(extract: Callable[..., ExtractionResult], text: str,
                                                           place: tuple[str, str, str]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country, e.locations[0].admin1) for e in events] == [place]


@pytest.mark.parametrize(("text", "place"), [
    ("Boko Haram fighters attacked the Borno State town of Gwoza on Sunday, killing nine soldiers, the army said.",
     ("Gwoza", "NG", 1)),
    ("A drone struck the Kursk region town of Rylsk on Sunday, injuring three people, the governor said.",
     ("Rylsk", "RU", 1)),
])
def test_a_known_town_in_the_frame_stays_itself(extract: Callable[..., ExtractionResult], text: str,
                                                place: tuple[str, str, int]) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.locations[0].name, e.locations[0].country, e.locations[0].precision) for e in events] == [place]
