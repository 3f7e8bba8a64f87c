"""Kind (issue 10, kind 5: actor1): the doer that opens the lead right after a dateline ("SITTWE,
Myanmar — The Arakan Army shelled ...", "ZAMBOANGA CITY — The Abu Sayyaf abducted ...") was lost:
parsed with the dateline, the subject hung on the dateline's place.  The text after a dateline
now starts a sentence of its own.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2025, 6, 4)  # a Wednesday


@pytest.mark.parametrize(("text", "actor"), [
    ("MYITKYINA, Myanmar — The Kachin Independence Army shelled a junta outpost near Bhamo on Monday, killing "
     "six soldiers, residents said.", "Kachin Independence Army"),
    ("JOLO — The Abu Sayyaf abducted two fishermen off Patikul on Monday, the coast guard said.", "Abu Sayyaf"),
    ("CAP-HAITIEN (Agency) — Gran Grif gang members attacked the town of Petite-Riviere on Monday, killing "
     "eight people, a local official said.", "Gran Grif gang members"),
    ("BANNU, Pakistan — The TTP attacked a police station in Bannu on Monday, killing three constables, "
     "officials said.", "TTP"),
])
def test_the_doer_after_a_dateline_is_the_actor(extract: Callable[..., ExtractionResult], text: str,
                                                actor: str) -> None:
    events = extract(text, PUBLISHED).events
    assert [e.actor1 for e in events] == [actor], text
