"""Kind (issue 10, kind 2, places): a town that news writes by another spelling than GeoNames' main
name, and whose own region bears the name exactly as written ("Jenin" for the town Janīn in Jenin
governorate, "Quneitra" for Al Qunayţirah), is that town even when the text points only at another
country ("Israeli forces"); before, the other spelling was held against it and the report lost its
only place.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "first", "country"), [
    ("Israeli forces killed three men in Jenin on Thursday, medics said.", "Jenin", "PS"),
    ("An Israeli drone struck a car in Jenin on Thursday, killing two people, medics said.", "Jenin", "PS"),
    ("Israeli troops shot dead a shepherd near Quneitra on Thursday, a local official said.", "Quneitra", "SY"),
    ("Israeli soldiers killed a man at a checkpoint outside Quneitra on Thursday, residents said.", "Quneitra",
     "SY"),
])
def test_the_town_named_like_its_region_is_kept(text: str, first: str, country: str) -> None:
    events = extract_report(Report("region-name", text, published=dt.date(2025, 3, 7))).events
    assert len(events) == 1
    assert (events[0].locations[0].name, events[0].locations[0].country) == (first, country)
