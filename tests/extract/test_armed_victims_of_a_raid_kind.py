"""Kind (issue 10, kind 9, sub-event type): who was killed decides between a clash and an attack on
civilians, read with the words around the figure.  A raid or storming that kills members of an
armed group ("Taliban forces raided a hideout, killing six Islamic State fighters") is a clash; men
who no longer serve, killed by named doers in a passive ("two retired policemen were shot dead by
gunmen"), are civilians: the figure's span held only "policemen were shot", without its "retired",
and the victims were read on into the "by" phrase.  Sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2022, 8, 10)


@pytest.mark.parametrize(("text", "types"), [
    ("Taliban forces raided a hideout in Nangarhar province on Tuesday, killing six Islamic State fighters, "
     "a spokesman said.", ("Battles", "Armed clash")),
    ("Soldiers raided a camp near Marawi on Sunday, killing five Abu Sayyaf fighters, the army said.",
     ("Battles", "Armed clash")),
    ("Two retired policemen were shot dead by unidentified attackers in Peshawar on Friday, police said.",
     ("Violence against civilians", "Attack")),
    ("Three former soldiers were gunned down by bandits near Gusau on Monday, residents said.",
     ("Violence against civilians", "Attack")),
    # Serving members killed in a passive: a clash, as before.
    ("Two policemen were shot dead by gunmen at a checkpoint in Quetta on Friday, police said.",
     ("Battles", "Armed clash")),
])
def test_the_victims_decide_the_type(extract: Callable[..., ExtractionResult], text: str,
                                     types: tuple[str, str]) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert (events[0].event_type, events[0].sub_event_type) == types
