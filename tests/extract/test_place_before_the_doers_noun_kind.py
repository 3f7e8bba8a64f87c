"""Kind (issue 10, kind 5): a headline's place name before the doers' noun ("Haiti gang attack
kills 20") was taken as the doer ("Haiti"), and as the headline's it won over the lead's named gang.
A place before the doers' noun says where the doers are; they go unnamed there, and the lead names
them. "Israel strike kills five" (no doer noun) still names the state. Sentences written for this
test; the Somali and Israeli ones passed before and guard the rule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 8, 26)


@pytest.mark.parametrize(("text", "actor"), [
    ("Haiti gang attack kills at least 20 in Artibonite town, UN says", None),
    ("Haiti gang attack kills at least 20 in Artibonite town, UN says\n\nPORT-AU-PRINCE, Aug 26 (AFP) - Members "
     "of the Gran Grif gang killed at least 20 people in an attack on the town of Pont-Sonde in Haiti's "
     "Artibonite department on Saturday, the UN said on Monday.", "Gran Grif gang"),
    ("Somalia militant attack kills 9 at Mogadishu hotel, police say", None),
    ("Israel strike kills five in Khan Younis, medics say", "Israel"),
])
def test_the_place_names_no_doer(extract: Callable[..., ExtractionResult], text: str, actor: str | None) -> None:
    assert [e.actor1 for e in extract(text, PUBLISHED).events] == [actor]
