"""Kind (issue 10 kind 1/9, detection and sub-event type): a mine named by what it did to people ("A
mine killed two civilians", "a mine injured four soldiers") is the weapon of an act (ACLED: Remote
explosive/landmine/IED), as one that goes off or that a vehicle hits already was, and so is "a mine
explosion"; "the mine" of a cave-in, a gold mine and a coal mine explosion stay pits. Sentences
written for this test."""

from __future__ import annotations

import pytest

from eventwire.nlp.triggers import find_triggers


@pytest.mark.parametrize(("text", "found"), [
    ("A mine killed two civilians near Arbinda on Saturday.", True),
    ("A mine injured four soldiers near Tillaberi on Friday.", True),
    ("An anti-tank mine wounded a farmer near Kupiansk.", True),
    ("The mine killed 12 workers in a cave-in on Sunday.", False),
    ("Three workers died when a tunnel collapsed at a gold mine.", False),
    # a mine explosion, not a coal mine's
    ("Two farmers were injured by a mine explosion in Marib on Monday.", True),
    ("A mine blast killed three soldiers near Tillaberi on Sunday.", True),
    ("A coal mine explosion killed 12 miners on Sunday.", False),
])
def test_a_mine_that_kills_or_wounds_is_a_weapon(text: str, found: bool) -> None:
    assert any(t.category == "ied" for t in find_triggers(text)) is found
