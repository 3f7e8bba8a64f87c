"""Kind (issue 10, kind 1 and 2): a town the news spells as one of its own GeoNames alternate names
("Jowhar" for Jawhar, "Hudur" for Xuddur, "Mongbwalu" for Mangbwalu), and no other place's, is
that town even when the report names no country; a spelling that is only a hamlet's name abroad
is not.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> list[tuple[str, str | None]]:
    events = extract_report(Report("alt", text, published=dt.date(2024, 6, 5))).events
    return [(event.locations[0].name, event.locations[0].country) for event in events]


@pytest.mark.parametrize(("text", "place"), [
    ("Al-Shabaab fighters overran an army outpost in Jowhar on Monday, killing four soldiers, a local commander said.",
     ("Jowhar", "SO")),
    ("A roadside bomb killed three policemen on the outskirts of the town of Hudur on Tuesday, officials said.",
     ("Hudur", "SO")),
    ("Gunmen killed seven gold miners in the town of Mongbwalu on Saturday, a provincial official said.",
     ("Mongbwalu", "CD")),
    ("Two mortar rounds struck a market in Jowhar on Thursday evening, wounding eleven traders, witnesses said.",
     ("Jowhar", "SO")),
])
def test_a_town_spelled_as_its_own_alternate_name_is_that_town(text: str, place: tuple[str, str]) -> None:
    assert _events(text) == [place]


def test_a_hamlets_spelling_abroad_is_no_place() -> None:
    # "Tawila" is, in GeoNames, only an empty Yemeni hamlet's alternate name: the report's own town
    # is missing from the gazetteer, and the hamlet is not taken for it.
    text = "Militiamen shelled a displacement camp in Tawila on Sunday, killing six people, aid workers said."
    assert ("Tawila", "YE") not in _events(text)
