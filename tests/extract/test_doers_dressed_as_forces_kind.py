"""Kind (issue 10, kind 9): a force's word that tells how the doers were dressed ("gunmen in
military fatigues", "militants wearing army camouflage") was read as the target, so a raid on a
village that killed its residents became an armed clash. The clothes name no target
(target_nouns.json clothing, after WordNet clothing.n.01); an attack on a checkpoint still is a
clash. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2023, 6, 20)


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Gunmen in military fatigues raided Mangu village on Monday, killing 14 residents, police in Plateau State "
     "said.", "Attack"),
    ("Militants wearing army camouflage raided a market in Kamba, Kebbi State, on Monday, killing nine traders, "
     "police said.", "Attack"),
    ("Gunmen attacked a military checkpoint in Kamba, Kebbi State, on Monday, killing four soldiers, police said.",
     "Armed clash"),
])
def test_the_clothes_name_no_target(extract: Callable[..., ExtractionResult], text: str,
                                    sub_event_type: str) -> None:
    assert [e.sub_event_type for e in extract(text, PUBLISHED).events] == [sub_event_type]
