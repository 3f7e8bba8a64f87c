"""Kind (issue 10 kind 7, figures): "seized" counts people abducted only when people are counted
("seized 20 passengers", "seized 17 crew members"); "seized 20 rifles", "seized 300 kilograms of
explosives", "seized 12 villages" take things or ground and are no figure. Sentences written for
this test (a user-role helper found the kind)."""

from __future__ import annotations

import pytest

from eventwire.nlp.casualties import find_casualties


@pytest.mark.parametrize(("text", "figures"), [
    ("Troops seized 20 rifles and two trucks.", []),
    ("Police seized 300 kilograms of explosives.", []),
    ("Rebels seized 12 villages in the north.", []),
    ("Troops detained one suspect and seized 20 rifles, a machine gun and explosive devices.", [("arrested", 1)]),
    ("Gunmen seized 20 passengers from a bus.", [("abducted", 20)]),
    ("Pirates seized 17 crew members of a cargo ship.", [("abducted", 17)]),
    ("Militants seized two police officers at a checkpoint.", [("abducted", 2)]),
])
def test_seized_counts_only_people(text: str, figures: list[tuple[str, int]]) -> None:
    assert [(c.kind, c.value) for c in find_casualties(text)] == figures
