"""Kind (issue 10, kind 4, source): a report whose headline gives the toll first ("Three killed in
drone strike ...") and whose body attributes the same figure to a news agency or state media
("..., the National News Agency reported", "state television reported") names that outlet as the
source; before, the headline's unattributed figure hid the body's outlet (found by the user
trial).  Reports written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, source", [
    ("Three killed in drone strike on motorbike in Bint Jbeil\n\nBEIRUT, June 3 - An Israeli drone struck a "
     "motorbike in the town of Bint Jbeil on Monday evening, killing three people, the National News Agency "
     "reported.", "National News Agency"),
    ("Five soldiers die in Sinai ambush\n\nCAIRO, June 3 - Five soldiers were killed when militants ambushed an "
     "army patrol near Rafah in North Sinai on Monday, state television reported.", "state television"),
    ("Two dead in strike on car near Tyre\n\nBEIRUT, June 3 - The National News Agency said an Israeli drone "
     "struck a car near Tyre on Monday, killing two people inside.\n\nThe Israeli military said it had hit a "
     "militant.", "National News Agency"),
])
def test_the_body_outlet_of_a_headline_figure_is_the_source(text: str, source: str) -> None:
    events = extract_report(Report("headline", text, published=dt.date(2025, 6, 3))).events
    assert [event.source for event in events] == [source]
