"""Force used on a demonstration is excessive (ACLED: Excessive force against protesters) when it
is lethal: people killed, or fire opened on the crowd that hurt people; tear gas, water cannon,
batons or stun grenades that hurt people with no one killed are an intervention (ACLED Codebook
2023: Protest with intervention)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _sub_event_types(text: str) -> list[str]:
    return [e.sub_event_type for e in extract_report(Report("protest-force", text, published=date(2025, 2, 18))).events]


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Riot police used water cannon to disperse protesters in Tbilisi overnight; at least 12 protesters were "
     "treated in hospital, a rights group said.", "Protest with intervention"),
    ("Police fired tear gas at students marching in Dhaka on Monday, injuring 20, witnesses said.",
     "Protest with intervention"),
    ("Officers beat demonstrators with batons outside parliament in Belgrade on Monday, wounding six, "
     "a rights group said.", "Protest with intervention"),
    ("Soldiers opened fire on protesters in Mandalay on Monday, wounding nine, witnesses said.",
     "Excessive force against protesters"),
    ("Security forces fired live rounds at protesters in Dhaka on Monday, wounding at least 40, hospital "
     "officials said.", "Excessive force against protesters"),
    ("Police fired rubber bullets at marchers in Lusaka on Monday, wounding 12, witnesses said.",
     "Protest with intervention"),
    ("Security forces killed two protesters in Khartoum on Monday, medics said.",
     "Excessive force against protesters"),
    ("Police fired tear gas and live rounds at demonstrators in Conakry on Monday, killing one, a rights "
     "group said.", "Excessive force against protesters"),
])
def test_lethal_force_is_excessive_and_crowd_control_an_intervention(text: str, sub_event_type: str) -> None:
    assert _sub_event_types(text) == [sub_event_type]
