"""Kind (issue 10, kind 2, places): a region's name inside the name of an armed group's branch
("fighters believed to belong to Islamic State Sahel Province", "the Islamic State West Africa
Province") is part of the group's name, not a place: the UCDP-listed name ("Islamic State") goes
on in capitalised words. Before, "Sahel Province" became Burkina Faso's Sahel region beside the
Nigerien town of the act. Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "places"), [
    ("Fighters believed to belong to Islamic State Sahel Province ambushed a military convoy near Ayorou on "
     "Tuesday, killing five soldiers, the defence ministry said.", ["Ayorou"]),
    ("Gunmen linked to Islamic State Sahel Province killed nine villagers in Tillia on Sunday, the mayor said.",
     ["Tillia"]),
    ("A drone strike killed four commanders of Islamic State Khorasan Province near Jalalabad on Monday, officials "
     "said.", ["Jalalabad"]),
])
def test_a_region_inside_a_group_branch_name_is_no_place(text: str, places: list[str]) -> None:
    result = extract_report(Report("branch", text, published=dt.date(2025, 1, 9)))
    assert [[loc.name for loc in e.locations] for e in result.events] == [places]
