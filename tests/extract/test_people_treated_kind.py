"""Kind (issue 10, kind 7, figures): people that medics or crews "treated" after an act are its
injured ("medics treated 14 people for gunshot wounds", "doctors treated 11 people"), as "were
treated for wounds" already was. Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "injured"), [
    ("Medics treated 14 people for gunshot wounds after police opened fire on protesters in Nairobi on"
     " Tuesday, a rights group said.", 14),
    ("Russian shelling hit a market in Kharkiv on Monday, and doctors treated 11 people, the governor said.", 11),
    ("An air strike hit a school sheltering displaced families in Deir al-Balah on Sunday; paramedics treated"
     " 23 wounded, the civil defence said.", 23),
])
def test_people_treated_after_an_act_are_its_injured(extract: Callable[..., ExtractionResult], text: str,
                                                     injured: int) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].injured == injured, text
