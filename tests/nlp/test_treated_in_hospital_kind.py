"""People told as treated in a hospital or clinic, or as needing or seeking medical help, after an
act are its injured: "at least 30 protesters had been treated in hospital", "15 people needed
hospital treatment", "23 people sought medical help"."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _injured(text: str) -> list[int | None]:
    return [e.injured for e in extract_report(Report("treated", text, published=date(2025, 7, 8))).events]


@pytest.mark.parametrize(("text", "injured"), [
    ("Police fired tear gas at protesters in Nairobi on Monday. A rights group said at least 30 protesters had "
     "been treated in hospital.", 30),
    ("Riot police beat demonstrators in Yerevan overnight; 23 people sought medical help, the health ministry "
     "said.", 23),
    ("Police charged a crowd of demonstrators in Dhaka on Monday; at least 15 people needed hospital treatment, "
     "doctors said.", 15),
    ("Soldiers fired rubber bullets at protesters in Conakry on Monday, and eight demonstrators were treated at a "
     "local clinic, a rights group said.", 8),
    ("A suicide bomber blew himself up at a mosque in Peshawar on Monday, killing 12 people; 30 others were "
     "treated in hospitals across the city, officials said.", 30),
])
def test_treated_or_seeking_care_are_injured(text: str, injured: int) -> None:
    assert _injured(text) == [injured]


def test_treatment_with_no_act_is_no_incident() -> None:
    assert _injured("Twelve people were treated in hospital in Dhaka on Monday after eating spoiled food, "
                    "doctors said.") == []
