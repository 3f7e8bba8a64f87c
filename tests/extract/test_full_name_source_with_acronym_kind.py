"""Kind (issue 10, kind 4, source as named): a source the report names in full at the figure,
having given its acronym elsewhere ("..., the Inter-Services Public Relations said" in a report
that writes "(ISPR)"), is given as the name with its acronym, as a source named by its acronym
already was, so that a reader or a gold file naming either form finds it.  Reports written for
this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, source", [
    ("RAWALPINDI: The Inter-Services Public Relations (ISPR) said operations would continue. Security forces "
     "killed six militants in North Waziristan on Sunday, according to the Inter-Services Public Relations.",
     "Inter-Services Public Relations (ISPR)"),
    ("The Sudan Doctors Network (SDN) has tracked the siege since May. Shelling killed 22 people in El Fasher "
     "on Sunday, the Sudan Doctors Network said.", "Sudan Doctors Network (SDN)"),
    ("BEIRUT - The state-run National News Agency (NNA) carried the report first. An Israeli drone strike "
     "killed two people in Nabatieh on Sunday, the National News Agency said.", "National News Agency (NNA)"),
])
def test_a_full_name_source_carries_its_acronym(text: str, source: str) -> None:
    events = extract_report(Report("acronym", text, published=dt.date(2025, 3, 10))).events
    assert [event.source for event in events] == [source]
