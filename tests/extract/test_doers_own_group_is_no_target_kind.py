"""Kind (issue 10, kind 9, sub-event type): after a doer word ("gunmen", "militiamen"), the words
that name the doers' own group ("Gunmen from the CODECO militia attacked a displacement camp",
"Gunmen of the Zamfara bandit gang killed villagers") are no target of the act: the object side
begins at the act the doers do.  Before, their own armed group made the attack on civilians a
clash.  Found by a user-role helper; sentences written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 5, 6)


@pytest.mark.parametrize(("text", "types"), [
    ("Gunmen from the CODECO militia attacked a displacement camp in Djugu territory of Ituri province on "
     "Saturday night, hacking 18 people to death, a Congolese army spokesman said.",
     ("Violence against civilians", "Attack")),
    ("Gunmen of the Ansaru group raided a market near Kankara on Sunday, killing 9 traders, police said.",
     ("Violence against civilians", "Attack")),
    ("Gunmen belonging to the ADF militia killed 14 farmers near Beni on Monday, local officials said.",
     ("Violence against civilians", "Attack")),
    # Their target is an armed side: a clash, as before.
    ("Gunmen from the CODECO militia attacked an army post near Djugu on Saturday, killing four soldiers.",
     ("Battles", "Armed clash")),
])
def test_the_doers_group_is_no_target(extract: Callable[..., ExtractionResult], text: str,
                                      types: tuple[str, str]) -> None:
    events = extract(text, PUBLISHED).events
    assert len(events) == 1, text
    assert (events[0].event_type, events[0].sub_event_type) == types
