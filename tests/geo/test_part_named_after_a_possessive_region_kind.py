"""Kind (issue 10, kind 2): a part of a region named after the region's possessive ("Lower
Shabelle's Sabiid area") was lost when the small model labelled the unknown name a people (NORP),
so only the region stayed; and a faith or people word there ("Plateau's Christian area") was taken
for a name (a GeoNames alternate name of a town in Kansas). After a known place's possessive and
before a word of a settlement, unit or part, a capitalised word is a name, unless it names a
faith or people. Sentences written for this test; before the change the first report was placed
at Lower Shabelle only and the last at "Christian"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 8, 13)


@pytest.mark.parametrize(("text", "places"), [
    ("Al-Shabaab fighters attacked a military base in Lower Shabelle's Sabiid area on Tuesday, killing seven "
     "soldiers, a military officer said.", [("Sabiid", "SO"), ("Lower Shabeelle", "SO")]),
    ("Gunmen killed five herders in Benue's Agatu area on Tuesday, police said.",
     [("Agatu", "NG"), ("Benue State", "NG")]),
    ("Fighters attacked Middle Shabelle's Adan Yabaal district on Tuesday, killing five soldiers, officials "
     "said.", [("Adan Yabaal district", "SO"), ("Middle Shabele", "SO")]),
    ("Gunmen killed four Muslim worshippers in Plateau's Christian area on Tuesday, police said.",
     [("Plateau State", "NG")]),
])
def test_the_part_of_the_region_is_kept(extract: Callable[..., ExtractionResult], text: str,
                                        places: list[tuple[str, str]]) -> None:
    assert [[(p.name, p.country) for p in e.locations] for e in extract(text, PUBLISHED).events] == [places]
