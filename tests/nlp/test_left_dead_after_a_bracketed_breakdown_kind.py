"""Kind (issue 10, kind 1/7, figures): "left N <people> (<a breakdown>) dead": the breakdown in
brackets between the counted people and the word of their state ("left 14 Palestinians (nine
militants and five civilians) dead") no longer hides the state, so the figure is read; "leave",
"leaves" and "leaving" read as "left" does (a headline's present tense).  Before, the state had
to follow within two words, and only after "left".  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 6)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Israeli airstrikes left 14 Palestinians (nine militants and five civilians) dead in Rafah on Sunday.", 14,
     None),
    ("The bombing left five Afghans (three policemen and two civilians) dead in Jalalabad on Sunday, officials said.",
     5, None),
    ("The ambush left seven soldiers (including two officers) dead near Gao on Sunday, the army said.", 7, None),
    ("Shelling left 20 residents (mostly women) wounded in Kherson on Sunday, officials said.", None, 20),
    ("Israeli airstrikes leave 22 Palestinians (20 militants and 2 civilians) dead in Rafah.", 22, None),
    ("Drone strikes leaving 16 Yemenis (ten fighters and six civilians) dead hit Saada on Sunday, medics said.", 16,
     None),
])
def test_the_state_after_a_bracketed_breakdown_is_read(extract: Callable[..., ExtractionResult], text: str,
                                                       killed: int | None, injured: int | None) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert (events[0].fatalities, events[0].injured) == (killed, injured)
