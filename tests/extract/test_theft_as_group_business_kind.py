"""Kind (issue 10, kind 8, look-alikes read too widely): a theft the report names as an armed
group's business ("two cartels that have fought for years over fuel theft", "militias ... have
long profited from cattle theft") is no robbery motive of the attack it tells, so gunmen's killing
stays an incident; a robbery told of the act itself stays ordinary crime (found by the user
trial).  Reports written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _events(text: str) -> list[tuple[str, int | None]]:
    report = Report("theft", text, published=dt.date(2025, 6, 3))
    return [(event.sub_event_type or "", event.fatalities) for event in extract_report(report).events]


@pytest.mark.parametrize("text, killed", [
    ("CELAYA, Mexico - Gunmen opened fire on a family party in the city of Celaya on Sunday night, killing five "
     "people, the state prosecutor's office said.\n\nInvestigators believe the attack is linked to a feud between "
     "two cartels that have fought for years over fuel theft in the state.", 5),
    ("JOS, Nigeria - Gunmen killed nine villagers in Bokkos on Sunday, police said. Militias in the area have long "
     "profited from cattle theft, residents said.", 9),
])
def test_a_theft_told_as_a_groups_business_is_no_motive(text: str, killed: int) -> None:
    assert _events(text) == [("Attack", killed)]


def test_a_robbery_told_of_the_act_stays_crime() -> None:
    assert _events("KANO, Nigeria - Gunmen killed a shopkeeper in Kano on Sunday during a robbery, police said. "
                   "The attackers fled with cash.") == []
