"""Kind (issue 10, kind 5): an armed group named among the words that qualify the act noun ("an
al-Shabaab attack on a base", "a Boko Haram raid", "a Houthi drone strike", "an ISWAP ambush") is
who did it, whatever entity label the small model gives the name (UCDP Actor Dataset names:
data/lexicons/ucdp_actors.json, armed_group_press_names.json). Before, most such acts had no actor1.
The capitalised words right before the name go with it ("a Pakistani Taliban suicide bomber");
a group named as the target ("a raid on an al-Shabaab camp") is not the doer. Sentences written
for this test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 3, 14)


@pytest.mark.parametrize(("text", "actor"), [
    ("An al-Shabaab attack on an army base in Hiraan killed six soldiers on Monday.", "al-Shabaab"),
    ("Al-Shabaab attack on army base in Hiraan kills 6", "Al-Shabaab"),
    ("A Boko Haram raid on Gwoza killed six soldiers on Monday, the army said.", "Boko Haram"),
    ("A Houthi drone strike hit a ship near Hodeidah on Monday, injuring two sailors.", "Houthi"),
    ("An ISWAP ambush near Damboa killed seven soldiers on Monday.", "ISWAP"),
    ("A Pakistani Taliban suicide bomber attacked a police station in Peshawar, killing at least seven people.",
     "Pakistani Taliban"),
])
def test_the_group_before_the_act_noun_did_it(extract: Callable[..., ExtractionResult], text: str,
                                              actor: str) -> None:
    assert [e.actor1 for e in extract(text, PUBLISHED).events] == [actor]


def test_a_group_named_as_the_target_did_not(extract: Callable[..., ExtractionResult]) -> None:
    text = "An army raid on an al-Shabaab camp near Jilib killed 12 militants on Monday."
    assert [e.actor1 for e in extract(text, PUBLISHED).events] == ["army"]
