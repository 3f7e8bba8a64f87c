"""Kind (issue 10, verified): a sentence of a report that says its figures could not be verified,
with no place of its own and in words about them all ("Neither side's claims could be
independently verified", "The tolls could not be independently verified"), holds for every event
of the report; one about one body's figures ("the air force's figures", "its figures") holds only
where it stands.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _verified(text: str) -> list[tuple[str, bool | None]]:
    events = extract_report(Report("verify", text, published=dt.date(2024, 6, 5))).events
    return [(event.locations[0].name, event.verified) for event in events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian shelling killed two people in Kupiansk on Monday, the governor said. In Russia's Belgorod region, a "
     "Ukrainian drone killed a driver near Valuyki on Tuesday, the regional governor said. Neither side's claims "
     "could be independently verified.", [("Kupiansk", False), ("Valuyki", False)]),
    ("Shelling killed six people in Nyanzale in eastern Congo on Monday, local officials said. Army jets killed 12 "
     "rebels near Kiwanja on Tuesday, the army said.\n\nThe tolls could not be independently verified.",
     [("Nyanzale", False), ("Kiwanja", False)]),
])
def test_a_sentence_about_all_the_figures_holds_for_every_event(
        text: str, expected: list[tuple[str, bool | None]]) -> None:
    assert _verified(text) == expected


def test_one_bodys_figures_hold_only_where_they_stand() -> None:
    text = ("Russian shelling killed two people in Kupiansk on Monday, the governor said. In Russia's Belgorod region, "
            "a Ukrainian drone killed a driver near Valuyki on Tuesday, the regional governor said. The Russian "
            "defence ministry's figures could not be independently verified.")
    assert _verified(text)[0] == ("Kupiansk", None)
