"""Kind (issue 10, kinds 1 and 9): a lynching is mob violence (ACLED: Riots / Mob violence; WordNet
3.0 lynch.v.01, "kill without legal sanction", done by a crowd): "residents lynched two suspected gang
members" was typed as an armed clash (its victims are armed), and "a crowd lynched a man accused of
witchcraft" gave no event, because "lynch" was read as a killing verb of the attack group. Sentences
written for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "killed"), [
    ("Residents lynched two suspected gang members in Port-au-Prince on Sunday, police said.", 2),
    ("Angry youths lynched a suspected thief in Kano on Friday, police said.", 1),
    ("A crowd lynched a man accused of witchcraft in Kasese on Monday, police said.", 1),
    ("Two alleged kidnappers were lynched to death by villagers near Puebla on Saturday, prosecutors said.", 2),
])
def test_a_lynching_is_mob_violence(extract: Callable[..., ExtractionResult], text: str, killed: int) -> None:
    events = extract(text, PUBLISHED).events
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in events] == [
        ("Riots", "Mob violence", killed)], text
