"""Kind (issue 10, kind 7, figures): more dead told after the lead with "also" ("killing 20 jihadists
... Four soldiers were also killed", "two policemen also died") are more people of the same
incident, added to the lead as "N others" already was; a figure that restates the lead is not
added.  Sentences written for this test (a user-role trial found the kind)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.records import ExtractionResult

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 9, 16)  # a Monday


@pytest.mark.parametrize(("text", "killed"), [
    ("Government forces repelled an attack on Djibo on Sunday, killing 20 jihadists, the army said. Four "
     "soldiers were also killed.", 24),
    ("Militants stormed a checkpoint near Tank on Saturday, killing three civilians, police said. Two "
     "policemen also died in the gunfight.", 5),
    ("Troops killed 12 insurgents near Palma on Sunday, the army said. It said the insurgents had killed 12 "
     "villagers the week before.", 12),
])
def test_more_dead_told_with_also_are_added(extract: Callable[..., ExtractionResult], text: str,
                                           killed: int) -> None:
    assert [e.fatalities for e in extract(text, PUBLISHED).events] == [killed], text
