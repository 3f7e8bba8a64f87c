"""Whoever condemns, mourns, investigates or survives an act named by a noun ("the envoy condemned
the air strike", "police are investigating the bombing", "troops repelled the attack") is not its
doer (act_nouns.json reaction_verbs); who launches, carries out or claims it is ("rebels launched
an attack")."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _actors(text: str) -> list[str | None]:
    return [e.actor1 for e in extract_report(Report("reacts", text, published=date(2024, 6, 10))).events]


@pytest.mark.parametrize(("text", "actor"), [
    ("Tehran's envoy denounced an Israeli strike on a building in Damascus on Sunday that killed six people.",
     "Israeli"),
    ("The UN rights office condemned the shelling of a market in Kharkiv on Sunday, which killed five people.",
     None),
    ("The Norwegian Refugee Council condemned an air strike on a camp near Marib on Sunday that killed six people.",
     None),
])
def test_who_reacts_to_the_act_is_not_its_doer(text: str, actor: str | None) -> None:
    assert _actors(text) == [actor]


def test_who_launches_it_is() -> None:
    text = "Houthi rebels launched an attack on a government position near Marib on Sunday, killing six soldiers."
    assert _actors(text) == ["Houthi rebels"]
