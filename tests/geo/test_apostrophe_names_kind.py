"""Kind (issue 10, kinds 1 and 2): a place name with an ayn or hamza written as an apostrophe inside
the word ("Sa'dah", "Ba'qubah", "Ma'arrat al-Nu'man", "Dar'a") is one name, found in the gazetteer
like any other; before, the apostrophe ended the name and the incident was lost.  Sentences
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "place"), [
    ("An air strike hit a fuel station in Sa'dah on Monday, killing five people, medics said.", ("Sa'dah", "YE")),
    ("A car bomb exploded near a checkpoint in Ba'qubah on Friday, killing three policemen, police said.",
     ("Ba'qubah", "IQ")),
    ("Government shelling killed four civilians in Ma'arrat al-Nu'man on Tuesday, rescuers said.",
     ("Ma'arrat al-Nu'man", "SY")),
    ("Gunmen shot dead two former rebels in Dar'a on Wednesday, a local monitor said.", ("Dar'a", "SY")),
])
def test_a_name_with_an_inner_apostrophe_is_found(text: str, place: tuple[str, str]) -> None:
    events = extract_report(Report("ayn", text, published=dt.date(2024, 5, 10))).events
    assert [(e.locations[0].name, e.locations[0].country) for e in events] == [place]
