"""Kind (issue 10 kind 8, look-alikes): an analysis or a charge told as background ("Security forces
have also been accused of mass killings", "rights groups have documented dozens of such strikes")
gives no event when its acts have no day, no place but the dateline's and no figure: it is a habit
or an allegation, not an incident.  An undated act at a place the report names, or with a figure,
stays an event.  Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "NAIROBI, Kenya — Analysts say the war in Sudan has entered a new phase. Security forces and allied militias "
    "have also been accused of mass killings. Rights monitors have documented several massacres of civilians "
    "attributed to paramilitary fighters.",
    "ABUJA — The army has been accused of killing civilians in air strikes across the northwest, rights groups "
    "say. Amnesty International has documented dozens of such strikes since 2017.",
])
def test_an_undated_charge_under_a_dateline_is_no_event(text: str) -> None:
    assert extract_report(Report("charge", text, published=dt.date(2024, 5, 10))).events == []


@pytest.mark.parametrize("text", [
    "MAIDUGURI, Nigeria — A suicide bomber killed 12 people at a market in the city, police said.",
    "An air strike hit a fuel depot in Kutum, witnesses said, sending plumes of smoke over the town.",
])
def test_an_undated_act_with_a_figure_or_its_own_place_stays(text: str) -> None:
    assert len(extract_report(Report("kept", text, published=dt.date(2024, 5, 10))).events) == 1
