"""Kind (issue 10, kind 9): in a passive act ("a trader was shot dead by gendarmes"), the target is
the subject; the forces of the "by" phrase are the doers and a checkpoint after it is their scene,
so the act on unarmed people is an attack (Violence against civilians), not a clash.  Armed
subjects ("two soldiers were shot dead by militants") keep the clash.  Sentences written for this
test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Three herders were gunned down by soldiers near Mokwa on Sunday, residents said.", "Attack"),
    ("A trader was shot dead by gendarmes at a market in Fada N'Gourma on Monday, relatives said.", "Attack"),
    ("A teacher was shot dead by troops at a checkpoint in Lashio on Monday, residents said.", "Attack"),
    ("Two 16-year-olds were shot dead by soldiers in Azzun on Tuesday, the health ministry said.", "Attack"),
    ("Two soldiers were shot dead by militants near Mokwa on Sunday, the army said.", "Armed clash"),
    ("Two policemen were shot dead by gunmen at a checkpoint outside Bannu on Friday, officials said.",
     "Armed clash"),
])
def test_the_target_of_a_passive_act_is_its_subject(extract: Callable[..., ExtractionResult], text: str,
                                                     sub_event_type: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].sub_event_type == sub_event_type
