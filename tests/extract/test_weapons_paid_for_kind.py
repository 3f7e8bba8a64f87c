"""Kind (issue 10, kind 8, look-alikes): weapons named as what money is spent on ("will spend $500
million on attack helicopters and armed drones", "funding for 300 artillery shells", "the increase
earmarked for interceptor drones"; out-of-scope-frames.json funding) are goods, not an attack, as
weapons sold or delivered are.  A strike told beside money spent stays.  Sentences written for
this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 10, 8)


@pytest.mark.parametrize("text", [
    ("ABUJA — The government will spend $500 million on attack helicopters and armed drones next year, the budget"
     " office said on Tuesday."),
    ("NAIROBI — Kenya has allocated 4 billion shillings for armed drones and helicopter gunships, the treasury"
     " said on Tuesday."),
    ("KYIV — The finance minister told the chamber that defence spending would reach 2.8 trillion hryvnias, with"
     " the largest increase earmarked for interceptor drones and domestic missile production."),
])
def test_weapons_paid_for_are_no_attack(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text


def test_a_strike_beside_money_spent_stays(extract: Callable[..., ExtractionResult]) -> None:
    text = ("A drone strike on a fuel depot in Kharkiv on Monday killed two workers, officials said; the city had"
            " spent millions on air defence.")
    events = extract(text, PUBLISHED).events
    assert [(event.locations[0].name, event.fatalities) for event in events] == [("Kharkiv", 2)]
