"""Kind (issue 10 kind 6, splitting): one sentence that hands its figures out in order to as many
places ("attacked a checkpoint in X and a border post in Y, killing three policemen and two
soldiers respectively") tells one incident per place, each with its own figure; without
"respectively" the parts of a figure at one place stay one toll. Sentences written for this test
(a user-role helper found the kind; the form "killing seven and four soldiers respectively", with
one noun for all the parts, is not read yet)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "figures", "day"), [
    ("Militants attacked a police checkpoint in Lakki Marwat and a border post in Chaman on Sunday, killing three "
     "policemen and two soldiers respectively, officials said.", {"Lakki Marwat": (3, None), "Chaman": (2, None)},
     dt.date(2024, 6, 9)),
    ("Gunmen stormed a church in Bokkos and a market in Mangu on Sunday, killing nine worshippers and four traders "
     "respectively, police said.", {"Bokkos": (9, None), "Mangu": (4, None)}, dt.date(2024, 6, 9)),
    ("Shells hit Kupiansk and Izium on Tuesday, wounding five civilians and two soldiers respectively, officials "
     "said.", {"Kupiansk": (None, 5), "Izium": (None, 2)}, dt.date(2024, 6, 11)),
    ("Gunmen stormed a church in Bokkos on Sunday, killing nine worshippers and four traders, police said.",
     {"Bokkos": (13, None)}, dt.date(2024, 6, 9)),
])
def test_figures_handed_out_respectively_make_one_incident_per_place(
        text: str, figures: dict[str, tuple[int | None, int | None]], day: dt.date) -> None:
    events = extract_report(Report("respectively", text, published=dt.date(2024, 6, 12))).events
    assert {e.locations[0].name: (e.fatalities, e.injured) for e in events} == figures
    assert [event.date for event in events] == [day] * len(figures)
