"""Kind (issue 10, kind 8, look-alikes): what a speaker says they have lived through, in the
perfect ("We have seen gunfights and encounters in this area", "I have witnessed airstrikes in
this town for years"), is their experience, not the report's incident: its act words make no
event and lend no type (a domestic killing quoted beside it is no armed clash).  A new act told
beside such a quote stays.  Sentences written for this test (background-cues.json retrospect)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 4, 3)


@pytest.mark.parametrize("text", [
    ("A man killed his wife in Sopore on Wednesday after a domestic dispute, police said. \"We have seen gunfights"
     " and encounters in this area, but never something like this,\" a village elder said."),
    ("A shopkeeper stabbed a customer to death in Baramulla on Tuesday after a quarrel over money, police said."
     " \"We've witnessed attacks and crossfire here for years, but this shocked us,\" a neighbour said."),
])
def test_a_speakers_experience_makes_no_incident(extract: Callable[..., ExtractionResult], text: str) -> None:
    assert extract(text, PUBLISHED).events == [], text


def test_an_act_beside_the_quote_stays(extract: Callable[..., ExtractionResult]) -> None:
    text = "Shelling killed three people in Kherson on Monday. \"We have seen nothing like this,\" a resident said."
    events = extract(text, PUBLISHED).events
    assert len(events) == 1
    assert events[0].fatalities == 3
