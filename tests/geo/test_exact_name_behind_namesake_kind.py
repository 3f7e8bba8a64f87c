"""Kind (issue 10, kind 2, places): a town whose own name is the name as written, ranked below a
larger namesake of another spelling that has no support in the text ("near Kaura" behind an Ivorian
Kaouara), is the place; before, the namesake was refused and the name dropped with the whole
event.  On 400 generated sentences naming random towns of fifteen countries, the right country
went from 379 to 383 and the wrong one stayed at 13.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "first", "country"), [
    ("Gunmen killed five people near Kaura on Monday, witnesses said.", "Kaura", "NG"),
    ("Bandits raided two farms outside Kaura overnight and abducted nine people, a community leader said.",
     "Kaura", "NG"),
    ("A glide bomb hit a warehouse in Yuvileyne on Monday, killing two workers, officials said.", "Yuvileyne",
     "UA"),
    ("Shelling damaged a school in Kamyanyi Brid on Monday, wounding a teacher, local authorities said.",
     "Kamyanyi Brid", "UA"),
])
def test_the_town_of_the_written_name_is_kept(text: str, first: str, country: str) -> None:
    events = extract_report(Report("exact", text, published=dt.date(2025, 3, 4))).events
    assert len(events) == 1
    assert (events[0].locations[0].name, events[0].locations[0].country) == (first, country)
