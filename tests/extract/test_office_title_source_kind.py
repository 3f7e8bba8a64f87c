"""Kinds (trial 10, issue 10 kind 4): (1) a lead that quotes "a local official" or "a police
officer" and a later sentence that names one office holder by the title of the office ("The district
commissioner, Abdi Farah Osman, told reporters") give the person as named: the titles are WordNet's
office holders (data/lexicons/office_nouns.json), so "a resident" named later does not count;
(2) a dateline the parse makes the speaker's head ("BUNIA — The military governor of Ituri,
General X, said") is not the source.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "source"), [
    ("A roadside bomb killed three people near Beledweyne on Monday, a local official said. The district "
     "commissioner, Abdi Farah Osman, told reporters the device targeted a minibus.", "Abdi Farah Osman"),
    ("Gunmen killed five people in an attack on a market near Tillaberi on Monday, a security official said. \"The "
     "attackers came on motorbikes,\" the regional governor, Colonel Maina Boukar, told state radio.",
     "Maina Boukar"),
    ("A grenade attack wounded seven people in Srinagar on Monday, a police officer said. Inspector General Vijay "
     "Kumar told reporters that the grenade missed a patrol.", "Vijay Kumar"),
    # A resident holds no office: the official stays.
    ("A bomb killed four people in Jamundí on Monday, an official said. Resident Maria Lopez said she heard a loud "
     "blast.", "official"),
    ("BENI — The military governor of North Kivu, General Paul Mukendi, said on Monday that rebels killed nine "
     "farmers near Oicha on Sunday.", "Paul Mukendi"),
    ("UVIRA — The police commander of South Kivu, General Jean-Pierre Kasongo, said on Monday that militiamen "
     "killed five civilians near Uvira on Sunday.", "Jean-Pierre Kasongo"),
])
def test_the_office_holder_named_later_is_the_source(text: str, source: str) -> None:
    events = extract_report(Report("office", text, published=dt.date(2025, 2, 11))).events
    assert [event.source for event in events] == [source]
