"""Kind (issue 10, kind 8, look-alikes): a gathering held to commemorate is no demonstration.
A march, rally or gathering whose purpose is to mark a span since an old act ("marched to mark
five years since a suicide attack", "to mark 29 years since the massacre") or that is held in
memory or in honour of its victims ("rallied in memory of the 67 killed in the mall attack") is a
commemoration (scope-and-types.md: history and anniversaries), as "marched to commemorate" already
was; before, its march or rally became a peaceful protest or, with the old toll, force used
against protesters. A protest with a demand, or an attack on a commemoration, stays. Sentences
written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 11, 10)


@pytest.mark.parametrize("text", [
    "Hundreds marched in Kabul on Sunday to mark five years since a suicide attack on a wedding hall that killed"
    " 63 guests.",
    "Mourners rallied in central Nairobi on Sunday in memory of the 67 people killed in the Westgate mall attack.",
    "Thousands of people marched through Srebrenica on Sunday to mark 29 years since the massacre of 8,000 men"
    " and boys.",
    "Students rallied in Peshawar on Sunday in honour of the children killed at the army school a decade ago.",
])
def test_a_gathering_to_commemorate_is_no_event(extract: Callable[..., ExtractionResult], text: str) -> None:
    events = extract(text, PUBLISHED).events
    assert events == [], [(e.locations[0].name if e.locations else None, e.sub_event_type) for e in events]


@pytest.mark.parametrize(("text", "place", "sub_event_type"), [
    ("Hundreds of protesters marched in Karachi on Sunday to demand justice for a student shot dead by police last"
     " week, and officers fired tear gas to disperse them.", "Karachi", "Protest with intervention"),
    ("As mourners gathered in Kherson on Sunday in memory of fallen soldiers, a Russian drone struck the crowd,"
     " killing three, the regional governor said.", "Kherson", "Air/drone strike"),
])
def test_a_protest_or_an_attack_on_mourners_stays(extract: Callable[..., ExtractionResult], text: str, place: str,
                                                  sub_event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].locations[0].name == place
    assert events[0].sub_event_type == sub_event_type
