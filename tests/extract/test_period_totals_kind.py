"""Kind (issue 10, kind 7, stray figures): a figure over a span of months ("between April and
June", "from January to March"; month names from Python's calendar module) or a quarter ("during
the quarter") is a period total, whatever clause the parse hangs the span on; and a report led by
such a total, with no act dated to a day anywhere, tells statistics, so its undated acts ("the
report also documented 185 kidnappings") are parts of the total.  A day's act beside a total
stays an incident.  Reports written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 8, 5)


@pytest.mark.parametrize("text", [
    ("Drone strikes killed more than 200 people in Port-au-Prince during the quarter, the report said."),
    ("BAMAKO, Aug. 5 — At least 860 civilians were killed and 300 wounded in attacks linked to armed groups in"
     " central Mali from January to March, the UN mission said in a report published on Tuesday."),
    ("Sahel: monitors count 2,100 dead in three months\n\nNIAMEY, Aug. 5 — Attacks by armed groups killed 2,100"
     " people in Niger between April and June, a monitoring group said in a report released on Tuesday.\n\nAbout"
     " half of the victims were hit in the Tillaberi region, it said, and the report also recorded 90 kidnappings"
     " in Tahoua and Dosso."),
])
def test_a_period_total_is_no_incident(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text


def test_a_days_act_beside_a_period_total_stays(extract: Callable[..., ExtractionResult]) -> None:
    text = ("Attacks by armed groups killed 2,100 people in Niger between April and June, a monitoring group said."
            " On Monday, gunmen killed 12 villagers in Tera, officials said.")
    events = extract(text, PUBLISHED).events
    assert [(event.locations[0].name, event.fatalities) for event in events] == [("Tera", 12)]
