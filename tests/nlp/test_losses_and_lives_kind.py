"""Kinds (issue 10, kind 7, figures), from a user-role trial, with sentences written for this test:
- a side's own dead told as its losses ("lost two soldiers", "lost 12 of its men") are killed;
  "lost two villages" or "200 square kilometres" count no people;
- "no lives were lost", "no loss of life", "no one lost their life" say nobody died (killed 0);
- one side's "no casualties" ("the rebels said they suffered no casualties") is that side's, said
  beside the other side's dead: no zero for the incident; a place's or the report's stays one."""

from __future__ import annotations

import pytest

from eventwire.nlp.casualties import find_casualties


@pytest.mark.parametrize(("text", "figures"), [
    ("The army said it killed 30 militants and lost two soldiers in the clash.", [("killed", 30), ("killed", 2)]),
    ("The police said they lost three men in the ambush.", [("killed", 3)]),
    ("The battalion lost 12 of its men near the river.", [("killed", 12)]),
    ("The rebels lost two villages and 30 tanks in the offensive.", []),
    ("Ukraine lost 200 square kilometres in a month.", []),
])
def test_losses_of_people_are_dead(text: str, figures: list[tuple[str, int]]) -> None:
    assert [(c.kind, c.value) for c in find_casualties(text)] == figures


@pytest.mark.parametrize(("text", "figures"), [
    ("Police said no lives were lost when the gunmen torched the market.", [("killed", 0)]),
    ("There was no loss of life, the district commissioner said.", [("killed", 0)]),
    ("No one lost their life in the shelling, the mayor said.", [("killed", 0)]),
    ("The rebels said they suffered no casualties.", []),
    ("Government troops sustained no casualties, the army said.", []),
    ("The town suffered no casualties, the mayor said.", [("killed", 0), ("injured", 0)]),
])
def test_no_lives_lost_and_a_sides_own_losses(text: str, figures: list[tuple[str, int]]) -> None:
    assert [(c.kind, c.value) for c in find_casualties(text)] == figures


@pytest.mark.parametrize("text", [
    # Found by a second user-role trial: a side named by its formation.
    "The Ukrainian unit suffered no casualties.",
    "The battalion sustained no casualties, its commander said.",
])
def test_a_formations_own_losses(text: str) -> None:
    assert [(c.kind, c.value) for c in find_casualties(text)] == []
