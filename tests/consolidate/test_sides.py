"""Which actor wordings name different sides (a blame dispute) and which only word one actor."""

from __future__ import annotations

import pytest

from eventwire.consolidate.summary import _side


@pytest.mark.parametrize(("one", "other"), [
    ("Gunmen", "Bandits"),
    ("armed men", "unidentified attackers"),
    ("militants", "suspected insurgents"),
    ("Kidnappers", "gunmen on motorcycles"),
    ("the army", "troops"),
    ("Nigerian troops", "the Nigerian army"),
    ("the Ukrainian army", "Ukraine"),
])
def test_sides_wordings_of_one_actor_are_not_a_dispute(one: str, other: str) -> None:
    assert _side(one) == _side(other)


@pytest.mark.parametrize(("one", "other"), [
    ("Boko Haram", "Islamic State West Africa Province"),
    ("Russian forces", "Ukrainian forces"),
    ("the Taliban", "the Islamic State"),
    ("Houthi rebels", "Saudi-led coalition"),
])
def test_sides_named_sides_differ(one: str, other: str) -> None:
    assert _side(one) is not None and _side(other) is not None
    assert _side(one) != _side(other)


def test_sides_an_unidentified_actor_names_no_side() -> None:
    assert _side("gunmen") is None
    assert _side("armed bandits") is None
