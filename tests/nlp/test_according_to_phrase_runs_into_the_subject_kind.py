"""Kind (issue 10, kind 4, source): a fronted "According to <office>, <name>," whose parse makes
the act's subject one more conjunct of the phrase ("According to the governor of Hiiraan, Ali
Osman, Al-Shabaab militants killed ...") ends before that subject: the name is the source, not
"governor of Hiiraan, Ali Osman, Al-Shabaab militants".  The phrase runs right into a main verb
that has no subject of its own, so its last comma piece is that subject, whatever the parse
hangs it on.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 3, 11)


@pytest.mark.parametrize(("text", "source"), [
    # The subject is a group's name with a member noun: the parse made it a conjunct (failed before).
    ("According to the governor of Hiiraan region, Ali Jeyte Osman, Al-Shabaab militants killed nine civilians in "
     "Beledweyne on Saturday.", "Ali Jeyte Osman"),
    ("According to the governor of Hiiraan, Ali Jeyte Osman, Al-Shabaab militants killed nine civilians in "
     "Beledweyne on Saturday.", "Ali Jeyte Osman"),
    ("According to the governor, Ali Jeyte Osman, Al-Shabaab militants killed nine civilians in Beledweyne on "
     "Saturday.", "Ali Jeyte Osman"),
    ("According to the governor of Hiiraan region, Ali Osman, Al-Shabaab fighters killed nine civilians in "
     "Beledweyne on Saturday.", "Ali Osman"),
    # Parsed right before: they stay right.
    ("According to the local chief, Mamadou Sow, jihadists killed eight herders near Menaka on Monday.",
     "Mamadou Sow"),
    ("According to the health ministry, Israeli strikes killed 14 people in Rafah on Sunday.", "health ministry"),
    ("According to the governor of Borno state, Babagana Zulum, Boko Haram fighters killed 20 farmers near Gwoza "
     "on Sunday.", "Babagana Zulum"),
    ("According to the deputy mayor, Olena Koval, Russian drones hit a school in Sumy on Tuesday, injuring five "
     "people.", "Olena Koval"),
])
def test_the_phrase_ends_before_the_acts_subject(extract: Callable[..., ExtractionResult], text: str,
                                                 source: str) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert events[0].source == source
