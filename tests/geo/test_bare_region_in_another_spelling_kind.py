"""Kind (issue 10 kind 2, places): a first-level region named bare in another spelling than the
gazetteer's ("Lower Shabelle" for Lower Shabeelle, "Middle Shabelle" for Middle Shabeelle) points
at its country as the same name with "region" does, so a village the gazetteer lacks, named after
it, is kept there instead of dropped. Sentences written for this test (a user-role helper found
the kind)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "village"), [
    ("Al-Shabaab fighters killed six people in an attack in Lower Shabelle, a district commissioner said on Friday. "
     "The militants raided Awdheegle village on Wednesday night.", "Awdheegle"),
    ("Militants killed four farmers in an attack in Middle Shabelle, officials said on Friday. The fighters attacked "
     "Adan Yabaal village on Thursday.", "Adan Yabaal"),
])
def test_a_village_after_a_bare_region_in_another_spelling_is_kept(text: str, village: str) -> None:
    events = extract_report(Report("bare", text, published=dt.date(2024, 1, 12))).events
    assert len(events) == 1
    assert (events[0].locations[0].name, events[0].locations[0].country) == (village, "SO")
