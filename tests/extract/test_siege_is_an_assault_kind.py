"""A siege is an assault (CAMEO 18; WordNet siege.n.01): "the siege of a shopping mall in X that
ended on Saturday", "the toll from the hotel siege in Y rose to 22" report the incident and its
toll.  A place kept "under siege" for months, or a siege retold from years ago, is no incident."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> list[tuple[str, int | None]]:
    result = extract_report(Report("siege", text, published=date(2024, 2, 24)))
    return [(e.locations[0].name, e.fatalities) for e in result.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said 21 people died in the siege of a shopping mall in Nairobi that ended on Saturday.",
     [("Nairobi", 21)]),
    ("The death toll from the hotel siege in Bamako rose to 22, the government said.", [("Bamako", 22)]),
    ("Jubaland's security minister said the toll from the siege of a hotel in Kismayo had climbed to 14.",
     [("Kismayo", 14)]),
])
def test_a_siege_and_its_toll_are_an_incident(text: str, expected: list[tuple[str, int]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "The army has kept the town of Madaya under siege since July, residents said.",
    "The siege of Mariupol lasted nearly three months in 2022.",
])
def test_a_long_or_old_siege_is_no_incident(text: str) -> None:
    assert _events(text) == []
