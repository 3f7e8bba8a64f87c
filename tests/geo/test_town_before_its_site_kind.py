"""A town named between "the" and a site word in lower case ("the Quetta market", "the Kabul
university", "the Mogadishu hotel") is the town, whatever label the small model gives the name
(it often takes "Quetta market" for an organisation): news names a town's one hospital, prison or
market so.  Towns of fewer than 20,000 people as written are left to the other evidence."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _places(text: str) -> list[list[str]]:
    return [[loc.name for loc in e.locations]
            for e in extract_report(Report("site", text, published=date(2024, 3, 20))).events]


@pytest.mark.parametrize(("text", "town"), [
    ("A bomb ripped through the Quetta market on Tuesday, killing nine people, police said.", "Quetta"),
    ("An explosion ripped through the Kabul university on Sunday, killing nine students.", "Kabul"),
    ("A car bomb ripped through the Mogadishu hotel on Sunday, killing eight people.", "Mogadishu"),
    ("The death toll from the bombing at the Quetta hospital rose to 16 on Monday, officials said.", "Quetta"),
    ("Six guards died in the raid on the Kismayo prison on Tuesday, officials said.", "Kismayo"),
])
def test_the_towns_site_names_the_town(text: str, town: str) -> None:
    assert _places(text) == [[town]]
