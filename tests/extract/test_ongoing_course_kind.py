"""An act told only in the present perfect progressive ("Rebels have been shelling the outskirts of
X for weeks", "reports that soldiers have been looting farms") with no day and no figure is a
course of weeks or months, not an incident: ACLED codes the dated acts of such a course, not the
course.  A dated act of the course, or one with a toll, stays an incident."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> list[tuple[date | None, int | None]]:
    return [(e.date, e.fatalities)
            for e in extract_report(Report("ongoing", text, published=date(2024, 6, 12))).events]


@pytest.mark.parametrize("text", [
    "Aid agencies warned of famine, corroborating reports that soldiers have been looting farms across the "
    "Tigray region.",
    "Rebels have been shelling the outskirts of Goma for weeks, aid groups say.",
    "Gangs have been kidnapping travellers on the highway north of Port-au-Prince, the UN said in a report.",
    "Residents say militiamen have been burning villages around Djibo since March.",
])
def test_an_ongoing_course_is_no_incident(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(("text", "killed"), [
    ("Rebels shelled the outskirts of Goma on Tuesday, killing four people, aid groups said.", 4),
    ("Israeli jets have been pounding targets in southern Lebanon since Monday night, killing at least nine "
     "people, state media reported.", 9),
])
def test_a_dated_or_counted_act_stays(text: str, killed: int) -> None:
    assert [fatalities for _, fatalities in _events(text)] == [killed]
