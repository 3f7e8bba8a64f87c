"""Kind (issue 10, kind 2, places): "<a name>, the district commissioner, said ..." — a unit or
settlement noun that modifies a person's office ("the district commissioner", "the village head",
"the county commissioner") does not describe the name before it as a settlement, so the person's
surname is no town (it was taken as one, a namesake abroad then pulled the report's place out of the
country and the event was lost).  "X, a village in Y province" still describes X.  Sentences written
for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 6)


@pytest.mark.parametrize(("text", "place", "country", "surname"), [
    ("Ahmed Ali, the district commissioner, said gunmen killed four people in Wajir on Sunday.", "Wajir", "KE",
     "Ali"),
    ("Hassan Adan, the county commissioner, told reporters that militants killed three teachers in Mandera on"
     " Sunday.", "Mandera", "KE", "Adan"),
    ("Yusuf Bello, the village head, said bandits killed nine farmers in Tsafe on Sunday.", "Tsafe", "NG", "Bello"),
])
def test_a_persons_office_makes_no_settlement(extract: Callable[..., ExtractionResult], text: str, place: str,
                                              country: str, surname: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert [(location.name, location.country) for location in events[0].locations] == [(place, country)]
    assert all(location.mention != surname for location in events[0].locations)


@pytest.mark.parametrize(("text", "place"), [
    ("Bandits killed seven people in Kalaba, a village in Kasai province, on Sunday, officials said.", "Kalaba"),
    ("Shelling killed two people in Siversk, a town in the Donetsk region, on Sunday, officials said.", "Siversk"),
    # A direction after the settlement noun is no person's office.
    ("Militants attacked Kofa Dakwa, a village north of Maiduguri, on Sunday, killing six people, residents said.",
     "Kofa Dakwa"),
])
def test_a_settlement_described_after_its_name_stays(extract: Callable[..., ExtractionResult], text: str,
                                                     place: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert place in [location.name for location in events[0].locations]
